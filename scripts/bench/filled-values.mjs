// Whether the two policies the page shows hold what the form's fields hold,
// each value where it must stand: the bench's check that the page it times
// still fills the policies. Each place is a statement, found by its action
// (the page's fixed text), and the part of it that takes the value. Finding a
// value anywhere in the text would not do: the account ID is also inside the
// typed role and key ARNs, the Region inside the key ARN.

/** Parts of an ARN, `arn:partition:service:region:account-id:resource-id`. */
const ARN_PARTS = {
  region: (arn) => arn.split(':')[3],
  'account-id': (arn) => arn.split(':')[4],
  'resource-id': (arn) => arn.split(':').slice(5).join(':'),
  whole: (arn) => arn,
};

const resourcesOf = (statement) => [statement.Resource].flat();

/** A place in the Resource of the statements with this action. */
const inResource = (action, part, expected = (value) => value) => ({
  action,
  where: part === 'whole' ? 'Resource' : `Resource's ${part}`,
  read: (statement) => resourcesOf(statement).map(ARN_PARTS[part]),
  expected,
});

const REPOSITORY_ACTIONS = ['ecr:PutImage', 'ecr:BatchCheckLayerAvailability'];
const REGIONAL_ACTIONS = [...REPOSITORY_ACTIONS, 'sagemaker:CreateTrainingJob'];

/** Every place each field's value must stand, with the statements all on. */
const PLACES = {
  REGION: [
    ...REGIONAL_ACTIONS.map((action) => inResource(action, 'region')),
    {
      action: 'kms:CreateGrant',
      where: 'kms:ViaService',
      read: (statement) => [
        statement.Condition?.StringEquals?.['kms:ViaService'],
      ],
      expected: (region) => `sagemaker.${region}.amazonaws.com`,
    },
  ],
  'ACCOUNT-ID': REGIONAL_ACTIONS.map((action) =>
    inResource(action, 'account-id'),
  ),
  'YOUR-REPO-NAME': REPOSITORY_ACTIONS.map((action) =>
    inResource(action, 'resource-id', (name) => `repository/${name}`),
  ),
  'BUCKET-NAME': [
    inResource('s3:ListBucket', 'resource-id'),
    inResource('s3:*Object', 'resource-id', (bucket) => `${bucket}/*`),
  ],
  'ARN-OF-ROLE-TO-PASS': [inResource('iam:PassRole', 'whole')],
  'ARN-OF-KMS-KEY': [inResource('kms:CreateGrant', 'whole')],
};

/**
 * What is wrong in the policies for these field values: each field's value
 * must stand at every one of its places, and an empty field's placeholder
 * (`<REGION>`) must. Only pass values the form accepts whole: a value it
 * refuses keeps its placeholder, which this cannot know.
 * @param {string[]} policyTexts the policies' JSON, as the page shows them
 * @param {Record<string, string>} values by field name; '' for an empty field
 * @returns {{field: string, problem: string}[]} empty when all is right
 */
export function filledValueProblems(policyTexts, values) {
  let statements;
  try {
    statements = policyTexts.flatMap(
      (text) => JSON.parse(text).Statement ?? [],
    );
  } catch (error) {
    return Object.keys(values).map((field) => ({
      field,
      problem: `a policy is not JSON (${error.message})`,
    }));
  }
  const problems = [];
  for (const [field, value] of Object.entries(values)) {
    const places = PLACES[field];
    if (!places) {
      throw new Error(`No place is known for ${field}`);
    }
    const filled = value === '' ? `<${field}>` : value;
    for (const {action, where, read, expected} of places) {
      const want = expected(filled);
      const found = statements
        .filter((statement) => [statement.Action].flat().includes(action))
        .flatMap(read);
      if (found.length === 0) {
        problems.push({field, problem: `no ${action} statement`});
      }
      for (const got of found) {
        if (got !== want) {
          problems.push({
            field,
            problem: `${action}: ${where} is ${JSON.stringify(got)}, not ${JSON.stringify(want)}`,
          });
        }
      }
    }
  }
  return problems;
}
