import React, {memo, useEffect, useId, useMemo, useState} from 'react';
import clsx from 'clsx';
import type {KeyboardEvent, ReactNode} from 'react';
import type {FieldSpec, Issue} from '@site/src/utils/policy';
import {searchRegions} from '@site/src/utils/regionSearch';
import FormField from '@site/src/components/FormField';
import styles from './styles.module.css';

interface Props {
  readonly spec: FieldSpec;
  readonly value: string;
  readonly issues: readonly Issue[];
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
}

/**
 * The Region field: free typing, plus a list of the SDK's Regions grouped by
 * partition that filters as you type (WAI-ARIA combobox with listbox popup).
 */
/** Memoized: the form re-renders on every key press, a field only when its props change. */
export default memo(function RegionField({
  spec,
  value,
  issues,
  onChange,
  onBlur,
}: Props): ReactNode {
  const listboxId = useId();
  const [open, setOpen] = useState(false);
  // What filters the list: the typed text, or '' to browse every Region.
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(-1);
  const groups = useMemo(() => searchRegions(query), [query]);
  const options = useMemo(
    () => groups.flatMap((group) => group.regions),
    [groups],
  );
  // Each group's first index in `options`, so rendering changes no variable.
  const groupStarts = useMemo(
    () =>
      groups.map((_, index) =>
        groups
          .slice(0, index)
          .reduce((sum, group) => sum + group.regions.length, 0),
      ),
    [groups],
  );
  const optionId = (index: number): string => `${listboxId}-${index}`;
  const expanded = open && options.length > 0;

  useEffect(() => {
    if (expanded && activeIndex >= 0) {
      document
        .getElementById(`${listboxId}-${activeIndex}`)
        ?.scrollIntoView({block: 'nearest'});
    }
  }, [expanded, activeIndex, listboxId]);

  function choose(regionId: string): void {
    onChange(regionId);
    setOpen(false);
    setQuery('');
    setActiveIndex(-1);
  }

  function openList(): void {
    // Opened from the keyboard: browse everything, starting at the current value.
    setQuery('');
    const all = searchRegions('').flatMap((group) => group.regions);
    setActiveIndex(
      Math.max(
        0,
        all.findIndex((region) => region.id === value),
      ),
    );
    setOpen(true);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!expanded) {
          openList();
          return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActiveIndex(
          (index) => (index + step + options.length) % options.length,
        );
        return;
      }
      case 'Enter': {
        // The active option, or the only one the list found.
        const active =
          options[activeIndex] ?? (options.length === 1 ? options[0] : null);
        if (expanded && active) {
          // Picks the Region instead of submitting the form.
          event.preventDefault();
          choose(active.id);
        }
        return;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
        }
        return;
      default:
    }
  }

  return (
    <FormField
      placeholder="REGION"
      spec={spec}
      value={value}
      issues={issues}
      onChange={(text) => {
        onChange(text);
        setQuery(text);
        setActiveIndex(-1);
        setOpen(true);
      }}
      onBlur={() => {
        setOpen(false);
        onBlur();
      }}
      inputProps={{
        role: 'combobox',
        'aria-autocomplete': 'list',
        'aria-expanded': expanded,
        'aria-controls': listboxId,
        'aria-activedescendant':
          expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined,
        onKeyDown: handleKeyDown,
        onClick: () => (expanded ? setOpen(false) : openList()),
      }}
    >
      <div
        id={listboxId}
        role="listbox"
        aria-label="Regions"
        className={styles.listbox}
        hidden={!expanded}
      >
        {/* Options exist only while the list is open: closed, they would be
            rendered again on every key press in any field of the form. */}
        {expanded &&
          groups.map((group, groupIndex) => (
            <div
              key={group.partition.id}
              role="group"
              aria-labelledby={`${listboxId}-${group.partition.id}`}
            >
              <div
                id={`${listboxId}-${group.partition.id}`}
                role="presentation"
                className={styles.groupLabel}
              >
                {group.name}
              </div>
              {group.regions.map((region, indexInGroup) => {
                const index = (groupStarts[groupIndex] ?? 0) + indexInGroup;
                return (
                  <div
                    key={region.id}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === activeIndex}
                    className={clsx(
                      styles.option,
                      index === activeIndex && styles.optionActive,
                    )}
                    // Keep focus in the input so the choice lands there.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => choose(region.id)}
                  >
                    <span className={styles.regionId}>{region.id}</span>
                    <span className={styles.regionName}>
                      {region.description}
                    </span>
                  </div>
                );
              })}
            </div>
          ))}
      </div>
    </FormField>
  );
});
