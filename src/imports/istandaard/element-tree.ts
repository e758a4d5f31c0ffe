/**
 * The part of a message's XSD that Doorbraak reads, as a tree the streaming reader walks: which
 * child elements it knows, which are required, which occur repeatedly (numbered in error paths),
 * and what to do with a value or at the open and close of an element. Any element not in the
 * tree (names, phone numbers, comments, relations, …) is read past without looking at its text.
 */
export interface ElementSpec<R> {
  readonly name: string;
  /** In the basisschema namespace (`Datum`, `Categorie`, `Volume`, …), else the message's own. */
  readonly basis: boolean;
  readonly repeated: boolean;
  readonly required: boolean;
  /** Undefined: a leaf, or an element only checked for presence (its content is read past). */
  readonly children: ReadonlyMap<string, ElementSpec<R>> | undefined;
  readonly childList: readonly ElementSpec<R>[];
  readonly requiredMask: number;
  /** Its bit among its parent's children (set by the parent). */
  bit: number;
  /** A leaf whose text is read: receives the trimmed text. */
  readonly value: ((reading: R, text: string) => void) | undefined;
  readonly open: ((reading: R) => void) | undefined;
  readonly close: ((reading: R) => void) | undefined;
}

export interface ElementOptions<R> {
  basis?: boolean;
  repeated?: boolean;
  optional?: boolean;
  open?: (reading: R) => void;
  close?: (reading: R) => void;
}

function spec<R>(
  name: string,
  options: ElementOptions<R>,
  childList: readonly ElementSpec<R>[],
  value?: (reading: R, text: string) => void,
): ElementSpec<R> {
  if (childList.length > 31) throw new Error(`too many children under ${name}`);
  let requiredMask = 0;
  childList.forEach((child, i) => {
    child.bit = 1 << i;
    if (child.required) requiredMask |= child.bit;
  });
  return {
    name,
    basis: options.basis ?? false,
    repeated: options.repeated ?? false,
    required: !(options.optional ?? false),
    children: childList.length > 0 ? new Map(childList.map((c) => [c.name, c])) : undefined,
    childList,
    requiredMask,
    bit: 0,
    value,
    open: options.open,
    close: options.close,
  };
}

/** An element with children. */
export function element<R>(name: string, options: ElementOptions<R>, children: readonly ElementSpec<R>[]): ElementSpec<R> {
  return spec(name, options, children);
}

/** A leaf whose value is read. */
export function leaf<R>(name: string, value: (reading: R, text: string) => void, options: ElementOptions<R> = {}): ElementSpec<R> {
  return spec(name, options, [], value);
}

/** An element that must be there but whose content is not read (e.g. the client's name). */
export function present<R>(name: string, options: ElementOptions<R> = {}): ElementSpec<R> {
  return spec(name, options, []);
}
