import React, {memo} from 'react';
import type {ReactNode} from 'react';
import {PARTITIONS} from '@site/src/utils/policy';

/**
 * Every Region of the AWS SDK's partitions data, for the Region field to
 * search as the user types. Options are ordered by partition and name it.
 */
function RegionOptions({id}: {readonly id: string}): ReactNode {
  return (
    <datalist id={id}>
      {PARTITIONS.flatMap((partition) =>
        partition.regions.map((region) => (
          <option
            key={region.id}
            value={region.id}
            label={`${region.description} · ${partition.id}`}
          />
        )),
      )}
    </datalist>
  );
}

// The list never changes: keep it out of every keystroke's render.
export default memo(RegionOptions);
