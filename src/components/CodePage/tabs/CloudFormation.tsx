import '@site/src/prism/yaml';
import {cloudFormationDocument} from '@site/src/utils/setup/cloudFormation';
import {codeDocument} from '../page';

export default codeDocument(cloudFormationDocument);
