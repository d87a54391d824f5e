import '@site/src/prism/bash';
import {cliScriptDocument} from '@site/src/utils/setup/cliScript';
import {codeDocument} from '../page';

export default codeDocument(cliScriptDocument);
