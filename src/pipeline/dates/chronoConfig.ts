/**
 * The chrono instance the date stage parses with: chrono's casual English configuration, cloned, with our
 * parsers added and our refiners appended. chrono finds expressions and says which components the text states
 * (known) versus fills in (implied); deciding the year of a bare month or the direction of a bare weekday is
 * left to our own rules (see resolve.ts), because chrono's forward/backward defaults are not a news reader's.
 */
import { Chrono, casual } from 'chrono-node';

export function createNewsChrono(): Chrono {
  const base = casual.clone();
  return new Chrono({ parsers: [...base.parsers], refiners: [...base.refiners] });
}
