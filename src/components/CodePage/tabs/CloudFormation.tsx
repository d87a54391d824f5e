import '@site/src/prism/yaml';
import {cloudFormationDocument} from '@site/src/utils/setup/cloudFormation';
import {codeDocument} from './codeDocument';

export default codeDocument(cloudFormationDocument);
