// Plain data shared by the core, the CLI and the extension. No behaviour here.

/** 0-based line and UTF-16 character offset within the line, as VS Code counts them. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A change a user may choose to apply; never applied by --fix. */
export interface Suggestion {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Safe fix: applying it never loses user text beyond `range`s it declares. */
  fix?: TextEdit[];
  suggestions?: Suggestion[];
}

/** What a rule reports; the engine adds the rule id and the resolved severity. */
export interface Report {
  message: string;
  range: Range;
  /** Raise (never lower) the configured severity for this finding, e.g. error once final. */
  escalate?: Severity;
  fix?: TextEdit[];
  suggestions?: Suggestion[];
}
