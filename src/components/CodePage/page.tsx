import React from 'react';
import type {ReactNode} from 'react';
import {
  AGENT_HOST_OPTION,
  BUILDER_OPTION,
  CREATE_RESOURCES_OPTION,
  SWITCH_OPTIONS,
} from '@site/src/utils/policy/options';
import {
  generateCodePage,
  writeCodeDocument,
} from '@site/src/utils/setup/codePage';
import type {CodeWriter} from '@site/src/utils/setup/codePage';
import {setupPage} from '@site/src/components/SetupPage';
import type {DocumentWriter} from '@site/src/components/SetupPage';

/**
 * The code page's form and documents, bound to its generator; apart from
 * index.tsx so that each tab's module, loaded when the tab is first needed,
 * renders with the same binding.
 */
export const {Form, Document} = setupPage(generateCodePage, {
  options: [
    CREATE_RESOURCES_OPTION,
    AGENT_HOST_OPTION,
    BUILDER_OPTION,
    ...SWITCH_OPTIONS,
  ],
  documents: {
    'cli-script': {
      ready: 'Ready to run with bash.',
      destination: 'the script into a shell',
    },
    'cloudformation-template': {
      ready: 'Ready to deploy with CloudFormation.',
      destination: 'the template into CloudFormation',
    },
    terraform: {
      ready: 'Ready for terraform apply.',
      destination: 'the configuration into Terraform',
    },
  },
});

/** A tab's document, written from the form's result by the tab's own writer. */
export function codeDocument(writer: CodeWriter): () => ReactNode {
  const write: DocumentWriter = (result, options, values) =>
    writeCodeDocument(result, options, values, writer);
  return function CodeDocument(): ReactNode {
    return <Document write={write} />;
  };
}
