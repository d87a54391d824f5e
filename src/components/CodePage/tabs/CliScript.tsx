import '@site/src/prism/bash';
import {cliScriptDocument} from '@site/src/utils/setup/cliScript';
import {codeDocument} from './codeDocument';

export default codeDocument(cliScriptDocument);
