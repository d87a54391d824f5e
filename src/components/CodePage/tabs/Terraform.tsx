import '@site/src/prism/hcl';
import {terraformDocument} from '@site/src/utils/setup/terraform';
import {codeDocument} from './codeDocument';

export default codeDocument(terraformDocument);
