import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Steady's pause lives in a closed shadow root, which page scripts (and Playwright's selectors)
 * cannot enter. Tests see it the way assistive technology does, through the accessibility tree,
 * and press its buttons with real (trusted) mouse clicks at their on-screen position.
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

export class PauseDialog {
  private constructor(private page: Page, private cdp: CDPSession) {}

  static async attach(page: Page): Promise<PauseDialog> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    await cdp.send('DOM.enable');
    return new PauseDialog(page, cdp);
  }

  async nodes(): Promise<AxNode[]> {
    const { nodes } = (await this.cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    return nodes.filter((n) => !n.ignored);
  }

  async dialog(): Promise<AxNode | undefined> {
    return (await this.nodes()).find((n) => n.role?.value === 'dialog');
  }

  /** A pause card is showing (the bare cover, there for a moment while Steady decides, does not count). */
  async isOpen(): Promise<boolean> {
    const nodes = await this.nodes();
    return nodes.some((n) => n.role?.value === 'dialog') && nodes.some((n) => n.role?.value === 'button' && n.name?.value === 'Continue');
  }

  async waitOpen(timeout = 5000): Promise<AxNode> {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      const found = await this.dialog();
      if (found && (await this.buttonNames()).includes('Continue')) return found;
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

  async buttonNames(): Promise<string[]> {
    return (await this.nodes()).filter((n) => n.role?.value === 'button').map((n) => n.name?.value ?? '');
  }

  async texts(): Promise<string> {
    return (await this.nodes()).map((n) => n.name?.value ?? '').join('\n');
  }

  async property(node: AxNode, name: string): Promise<unknown> {
    return node.properties?.find((p) => p.name === name)?.value.value;
  }

  async click(name: string, role = 'button'): Promise<void> {
    const node = (await this.nodes()).find((n) => n.role?.value === role && n.name?.value === name);
    if (!node?.backendDOMNodeId) throw new Error(`No ${role} named “${name}” in the pause.`);
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendDOMNodeId });
    const { model } = (await this.cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }

  /** On-screen boxes (CSS pixels) of every button in the pause. */
  async buttonBoxes(): Promise<Array<{ name: string; x: number; y: number; width: number; height: number }>> {
    const boxes = [];
    for (const node of (await this.nodes()).filter((n) => n.role?.value === 'button' && n.backendDOMNodeId)) {
      const { model } = (await this.cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId! })) as {
        model: { border: number[]; width: number; height: number };
      };
      boxes.push({ name: node.name?.value ?? '', x: model.border[0]!, y: model.border[1]!, width: model.width, height: model.height });
    }
    return boxes;
  }

  /** The accessible name of whatever has keyboard focus, inside the shadow root too. */
  async focusedName(): Promise<string | undefined> {
    // The page's root also reports focus; the deepest focused node is the one that has it.
    const focused = (await this.nodes()).filter((n) => n.properties?.some((p) => p.name === 'focused' && p.value.value === true)).at(-1);
    return focused?.name?.value;
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}

/** Opens `url` in a new tab (or `existing`) while watching for Steady's pause from the first moment. */
export async function visit(context: BrowserContext, url: string, existing?: Page): Promise<{ page: Page; pause: PauseDialog }> {
  const page = existing ?? (await context.newPage());
  const pause = await PauseDialog.attach(page);
  await page.goto(url);
  return { page, pause };
}
