import type { Locator, Page } from 'playwright-core';

/**
 * What a person does, counted. One action is one click, one field filled in (click or tab into it
 * and type; typing itself is measured in characters), one choice in a list, or one key that
 * commands something (Enter, an arrow, Tab to the next field). The tests do everything through
 * this, so the count is the count of what the user did, not of what the test checked.
 *
 * The time is a keystroke-level model (Card, Moran & Newell): every action starts with a moment of
 * thought (M 1.35 s); pointing and clicking is P 1.1 s + 0.2 s; a key is 0.28 s (40 words a
 * minute, the model's average non-secretarial typist), typed text the same per character.
 */
export const KLM = { think: 1.35, point: 1.1, click: 0.2, key: 0.28 } as const;

export interface ActionLogEntry {
  kind: 'click' | 'fill' | 'choose' | 'key';
  what: string;
  characters: number;
}

export class UserActions {
  readonly log: ActionLogEntry[] = [];
  constructor(private readonly page: Page) {}

  get count(): number {
    return this.log.length;
  }

  get typedCharacters(): number {
    return this.log.reduce((sum, entry) => sum + entry.characters, 0);
  }

  /** Estimated seconds for a practised user, split into operating the form and typing its text. */
  estimate(): { operateSeconds: number; typeSeconds: number; totalSeconds: number } {
    let operate = 0;
    for (const entry of this.log) {
      operate += KLM.think;
      operate += entry.kind === 'key' ? KLM.key : KLM.point + KLM.click;
    }
    const type = this.typedCharacters * KLM.key;
    return { operateSeconds: round(operate), typeSeconds: round(type), totalSeconds: round(operate + type) };
  }

  async click(locator: Locator, what = 'klik'): Promise<void> {
    await locator.click();
    this.log.push({ kind: 'click', what, characters: 0 });
  }

  /** Clicks into a field and types the text (one action; its characters are counted apart). */
  async fill(locator: Locator, text: string, what = 'veld'): Promise<void> {
    await locator.click();
    await locator.fill(text);
    this.log.push({ kind: 'fill', what, characters: text.length });
  }

  /** Types into the field that has focus, without clicking it first (after Tab or a jump). */
  async type(text: string, what = 'typen'): Promise<void> {
    await this.page.keyboard.type(text);
    this.log.push({ kind: 'fill', what, characters: text.length });
  }

  /** Picks an option of a native select (one action: open and choose). */
  async choose(locator: Locator, label: string, what = 'keuze'): Promise<void> {
    await locator.selectOption({ label });
    this.log.push({ kind: 'choose', what, characters: 0 });
  }

  async press(key: string, what = key): Promise<void> {
    await this.page.keyboard.press(key);
    this.log.push({ kind: 'key', what, characters: 0 });
  }

  /** The log, one line per action, for the test's output. */
  summary(): string {
    const { operateSeconds, typeSeconds, totalSeconds } = this.estimate();
    return `${this.count} handelingen, ${this.typedCharacters} getypte tekens; geschat ${totalSeconds} s (bediening ${operateSeconds} s, typen ${typeSeconds} s)`;
  }
}

const round = (seconds: number) => Math.round(seconds * 10) / 10;
