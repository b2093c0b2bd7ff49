import type { BrowserContext, CDPSession, Frame, Locator, Page } from 'playwright-core';

/**
 * Steady's pause, seen the way the person (and their assistive technology) meets it. In the page
 * there is only the cover: a modal dialog named "Steady" in a closed shadow root, which page scripts
 * (and Playwright's selectors) cannot enter; it is read from the page's accessibility tree. Inside
 * the dialog, an extension-origin frame (card.html) holds the card itself: its heading, text and
 * buttons. That frame is Steady's own document, so a test playing the person may use Playwright's
 * frame locators there; clicks are real (trusted) mouse clicks at the on-screen position, so a page
 * element drawn over the card would take them instead.
 */
export interface AxNode {
  nodeId: string;
  parentId?: string;
  backendDOMNodeId?: number;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  properties?: Array<{ name: string; value: { value: unknown } }>;
}

export interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Name of the cover's dialog and of the card's frame in the page's accessibility tree. */
export const COVER_NAME = 'Steady';

export class PauseDialog {
  private cardSessions = new WeakMap<Frame, Promise<CDPSession>>();

  private constructor(
    readonly page: Page,
    private cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<PauseDialog> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    await cdp.send('DOM.enable');
    return new PauseDialog(page, cdp);
  }

  /** Steady's origin (chrome-extension://<id>), from its service worker. */
  private extensionOrigin(): string | undefined {
    const worker = this.page.context().serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    // URL.origin is "null" for chrome-extension: URLs; the host is the extension's id.
    return worker ? `chrome-extension://${new URL(worker.url()).host}` : undefined;
  }

  /** The card's frame (Steady's card.html inside the cover), if one is in the page now. */
  card(): Frame | undefined {
    const origin = this.extensionOrigin();
    if (!origin) return undefined;
    return this.page
      .frames()
      .filter((f) => !f.isDetached() && f.parentFrame() === this.page.mainFrame() && f.url().startsWith(`${origin}/`) && f.url().includes('card.html'))
      .at(-1);
  }

  /** Waits for the card's frame and returns it. */
  async waitCard(timeout = 5000): Promise<Frame> {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      const frame = this.card();
      if (frame) return frame;
      await this.page.waitForTimeout(50);
    }
    throw new Error('No card frame appeared.');
  }

  /** The page's accessibility tree (the cover's dialog is there; the card's content is in its frame). */
  async nodes(): Promise<AxNode[]> {
    const { nodes } = (await this.cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    return nodes.filter((n) => !n.ignored);
  }

  /** The card frame's accessibility tree ([] when there is no card). */
  async cardNodes(frame = this.card()): Promise<AxNode[]> {
    if (!frame) return [];
    try {
      let session = this.cardSessions.get(frame);
      if (!session) {
        session = this.page.context().newCDPSession(frame);
        this.cardSessions.set(frame, session);
      }
      const { nodes } = (await (await session).send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
      return nodes.filter((n) => !n.ignored);
    } catch {
      this.cardSessions.delete(frame);
      return []; // the frame went away meanwhile
    }
  }

  /** The cover's dialog, when the card's frame is inside it. */
  async dialog(): Promise<AxNode | undefined> {
    const nodes = await this.nodes();
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const dialogs = nodes.filter((n) => n.role?.value === 'dialog' && n.name?.value === COVER_NAME);
    const frames = nodes.filter((n) => n.role?.value === 'Iframe' && n.name?.value === COVER_NAME);
    return dialogs.find((dialog) =>
      frames.some((frame) => {
        for (let at = byId.get(frame.parentId ?? ''); at; at = byId.get(at.parentId ?? '')) if (at === dialog) return true;
        return false;
      }),
    );
  }

  /** A pause card is showing (the bare cover, there for a moment while Steady decides, does not count). */
  async isOpen(): Promise<boolean> {
    const frame = this.card();
    if (!frame) return false;
    const hasContinue = (await this.cardNodes(frame)).some((n) => n.role?.value === 'button' && n.name?.value === 'Continue');
    return hasContinue && (await this.dialog()) !== undefined;
  }

  /** Waits for the card and returns the cover's dialog (in the page's accessibility tree). */
  async waitOpen(timeout = 5000): Promise<AxNode> {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      if (await this.isOpen()) {
        const found = await this.dialog();
        if (found) return found;
      }
      await this.page.waitForTimeout(50);
    }
    throw new Error('No pause dialog appeared.');
  }

  async waitClosed(timeout = 5000): Promise<void> {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      if (!(await this.isOpen())) return;
      await this.page.waitForTimeout(50);
    }
    throw new Error('The pause dialog did not go away.');
  }

  /** True when no dialog shows up within `ms` (a pause that should not happen). */
  async staysClosed(ms = 800): Promise<boolean> {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (await this.isOpen()) return false;
      await this.page.waitForTimeout(50);
    }
    return true;
  }

  /** The card's heading, which says why the pause appeared ("Pause for: <label>"). */
  async heading(): Promise<string | undefined> {
    return (await this.cardNodes()).find((n) => n.role?.value === 'heading')?.name?.value;
  }

  /** Names of the card's buttons. */
  async buttonNames(): Promise<string[]> {
    return (await this.cardNodes()).filter((n) => n.role?.value === 'button').map((n) => n.name?.value ?? '');
  }

  /** Every accessible name in the page and in the card (veil lines are in the page's tree). */
  async texts(): Promise<string> {
    return [...(await this.nodes()), ...(await this.cardNodes())].map((n) => n.name?.value ?? '').join('\n');
  }

  async property(node: AxNode, name: string): Promise<unknown> {
    return node.properties?.find((p) => p.name === name)?.value.value;
  }

  /** A control in the card, by role and exact accessible name. */
  locator(name: string, role: 'button' | 'link' = 'button'): Locator | undefined {
    return this.card()?.getByRole(role, { name, exact: true });
  }

  /**
   * A real mouse click at the centre of the card's control named `name`; where the card has none,
   * a control in the page's accessibility tree (a veil line's Show, in its closed shadow root).
   */
  async click(name: string, role: 'button' | 'link' = 'button'): Promise<void> {
    const inCard = (await this.cardNodes()).some((n) => n.role?.value === role && n.name?.value === name);
    if (inCard) {
      const target = this.locator(name, role)!.first();
      await target.scrollIntoViewIfNeeded({ timeout: 5000 });
      const box = await target.boundingBox();
      if (!box) throw new Error(`The card's ${role} “${name}” has no box on screen.`);
      await this.clickAt(box.x + box.width / 2, box.y + box.height / 2);
      return;
    }
    const node = (await this.nodes()).find((n) => n.role?.value === role && n.name?.value === name);
    if (!node?.backendDOMNodeId) throw new Error(`No ${role} named “${name}” in the pause or the page.`);
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendDOMNodeId });
    const { model } = (await this.cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await this.clickAt((x1 + x3) / 2, (y1 + y3) / 2);
  }

  /**
   * A real left click at page coordinates (the browser routes it to whatever is drawn there). When
   * the click makes Steady remove the card, Chromium drops the acknowledgement of the button release
   * along with the card's frame, and page.mouse.click would wait for it forever; so the release is
   * sent without waiting longer than the click can take.
   */
  async clickAt(x: number, y: number): Promise<void> {
    const at = { x, y, button: 'left', clickCount: 1 } as const;
    await this.cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
    await this.cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', buttons: 1, ...at });
    await bounded(this.cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', buttons: 0, ...at }));
  }

  /**
   * A real key press ("Escape", "Tab", "Shift+Tab", "Enter", "Space", "a"), sent to whatever has
   * focus, as page.keyboard.press does; bounded for the same reason as clickAt (a key that makes
   * Steady remove the card loses its acknowledgement with the card's frame).
   */
  async press(combo: string): Promise<void> {
    const parts = combo.split('+');
    const key = keyDefinition(parts.pop()!);
    const shift = parts.includes('Shift');
    type KeyEvent = { type: 'keyDown' | 'keyUp' | 'rawKeyDown'; key: string; code: string; windowsVirtualKeyCode: number; modifiers: number; text?: string; unmodifiedText?: string };
    const send = (params: KeyEvent) => bounded(this.cdp.send('Input.dispatchKeyEvent', params));
    if (shift) await send({ type: 'rawKeyDown', key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16, modifiers: 8 });
    const common = { key: key.key, code: key.code, windowsVirtualKeyCode: key.keyCode, modifiers: shift ? 8 : 0 };
    await send({ type: key.text ? 'keyDown' : 'rawKeyDown', ...common, ...(key.text ? { text: key.text, unmodifiedText: key.text } : {}) });
    await send({ type: 'keyUp', ...common });
    if (shift) await send({ type: 'keyUp', key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16, modifiers: 0 });
  }

  /** On-screen boxes (CSS pixels, page coordinates) of every button in the card. */
  async buttonBoxes(): Promise<Box[]> {
    const frame = this.card();
    if (!frame) return [];
    const boxes: Box[] = [];
    for (const name of new Set(await this.buttonNames())) {
      for (const button of await frame.getByRole('button', { name, exact: true }).all()) {
        const box = await button.boundingBox();
        if (box) boxes.push({ name, ...box });
      }
    }
    return boxes;
  }

  /** The accessible name of whatever has keyboard focus: in the card when its frame has focus, else in the page. */
  async focusedName(): Promise<string | undefined> {
    const isFocused = (n: AxNode) => n.properties?.some((p) => p.name === 'focused' && p.value.value === true);
    const frame = this.card();
    if (frame && (await frame.evaluate(() => document.hasFocus()).catch(() => false))) {
      const focused = (await this.cardNodes(frame)).filter(isFocused);
      return (focused.find((n) => n.role?.value !== 'RootWebArea') ?? focused[0])?.name?.value;
    }
    // The page's root also reports focus; the deepest focused node is the one that has it.
    return (await this.nodes()).filter(isFocused).at(-1)?.name?.value;
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}

/** Waits for a CDP command's reply, but never longer than `ms` (see PauseDialog.clickAt). */
function bounded(reply: Promise<unknown>, ms = 1000): Promise<void> {
  return Promise.race([reply.then(() => undefined, () => undefined), new Promise<void>((done) => setTimeout(done, ms))]);
}

function keyDefinition(name: string): { key: string; code: string; keyCode: number; text?: string } {
  const named: Record<string, { key: string; code: string; keyCode: number; text?: string }> = {
    Escape: { key: 'Escape', code: 'Escape', keyCode: 27 },
    Tab: { key: 'Tab', code: 'Tab', keyCode: 9 },
    Enter: { key: 'Enter', code: 'Enter', keyCode: 13, text: '\r' },
    Space: { key: ' ', code: 'Space', keyCode: 32, text: ' ' },
  };
  if (named[name]) return named[name]!;
  if (/^[a-z]$/.test(name)) return { key: name, code: `Key${name.toUpperCase()}`, keyCode: name.toUpperCase().charCodeAt(0), text: name };
  throw new Error(`No key definition for “${name}”.`);
}

/** Opens `url` in a new tab (or `existing`) while watching for Steady's pause from the first moment. */
export async function visit(context: BrowserContext, url: string, existing?: Page): Promise<{ page: Page; pause: PauseDialog }> {
  const page = existing ?? (await context.newPage());
  const pause = await PauseDialog.attach(page);
  await page.goto(url);
  return { page, pause };
}
