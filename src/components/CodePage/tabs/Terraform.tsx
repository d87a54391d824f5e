import '@site/src/prism/hcl';
import {terraformDocument} from '@site/src/utils/setup/terraform';
import {codeDocument} from '../page';

export default codeDocument(terraformDocument);
