/**
 * How a harness presses keys and clicks. The harness finds things by role and name; the driver
 * turns "type this" and "click that" into input a browser treats as a person's. Tests in Web
 * Test Runner use `webTestRunnerDriver` (`@portico/elements/testing/web-test-runner`), which
 * sends real key presses and mouse clicks through the browser's automation protocol; Storybook
 * play functions and Testing Library users wrap `userEvent` with `userEventDriver`. Another
 * runner (Playwright component tests, WebdriverIO) needs only these three methods.
 */
export interface Driver {
  /** Types `text` into the focused element, one key press per character. */
  type(text: string): Promise<void>;
  /**
   * Presses a key, or a chord written with `+`: `Enter`, `Tab`, `Shift+Tab`, `Space`,
   * `ArrowDown`, `Backspace`, `Escape` (`KeyboardEvent.key` names, with `Space` for the space bar).
   */
  press(key: string): Promise<void>;
  /** Clicks `element` the way a pointer does: at its centre, after scrolling it into view and once it stands still. */
  click(element: Element): Promise<void>;
  /**
   * How a date or time field takes typing: `'segments'` (the browser's own fields: digits per
   * segment, in the browser's order; the default) or `'value'` (a simulation such as user-event,
   * which takes the value as the form posts it, `2026-03-15`).
   */
  readonly dateEntry?: 'segments' | 'value';
  /**
   * Chooses an option of a `<select>` for a driver that cannot press keys in a closed one
   * (user-event); without it the harness uses the keyboard.
   */
  selectOption?(select: HTMLSelectElement, option: HTMLOptionElement): Promise<void>;
  /**
   * Empties a focused text field, for a driver whose key presses do not act on a selection the
   * page made (user-event); without it the harness selects the text and types over it.
   */
  clear?(field: HTMLInputElement | HTMLTextAreaElement): Promise<void>;
  /**
   * Presses the pointer down at the first of `points`, moves it through the rest and lets go at
   * the last, as a person draws a stroke (a signature). Points are CSS pixels from `element`'s
   * top-left corner. A driver without it (user-event, which cannot move a real pointer) leaves
   * the harness to dispatch pointer events itself.
   */
  drag?(element: Element, points: { x: number; y: number }[]): Promise<void>;
}

let current: Driver | undefined;

/** Sets the driver every harness uses unless one is given to its constructor. */
export function useDriver(driver: Driver): void {
  current = driver;
}

/** The driver set with `useDriver`; throws when none was set. */
export function defaultDriver(): Driver {
  if (!current) {
    throw new Error(
      'No test driver: call useDriver(webTestRunnerDriver) (from @portico/elements/testing/web-test-runner) or useDriver(userEventDriver(userEvent)) before using a harness.',
    );
  }
  return current;
}

/** The slice of Testing Library's `userEvent` (also `storybook/test`'s) the adapter uses. */
export interface UserEventLike {
  keyboard(text: string): Promise<unknown>;
  click(element: Element): Promise<unknown>;
  selectOptions(select: Element, values: string | string[]): Promise<unknown>;
}

/** Escapes the characters user-event's keyboard syntax gives a meaning to. */
const literal = (text: string): string => text.replace(/[{[]/g, (c) => c + c);

/**
 * A driver over Testing Library's `userEvent` (Storybook's `storybook/test` exports one):
 * `useDriver(userEventDriver(userEvent))`. user-event simulates the events in the page, where
 * `webTestRunnerDriver` goes through the browser itself.
 */
export function userEventDriver(userEvent: UserEventLike): Driver {
  return {
    type: async (text) => {
      await userEvent.keyboard(literal(text));
    },
    press: async (chord) => {
      const keys = chord.split('+');
      const main = keys.pop()!;
      const down = keys.map((k) => `{${k}>}`).join('');
      const up = [...keys].reverse().map((k) => `{/${k}}`).join('');
      await userEvent.keyboard(`${down}${main === 'Space' ? '[Space]' : `{${main}}`}${up}`);
    },
    click: async (element) => {
      await userEvent.click(element);
    },
    dateEntry: 'value',
    // Select all, then delete, as a person empties a field (user-event's own clear() cannot
    // see focus inside a shadow root).
    clear: async () => {
      await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    },
    selectOption: async (select, option) => {
      await userEvent.selectOptions(select, option.value);
    },
  };
}
