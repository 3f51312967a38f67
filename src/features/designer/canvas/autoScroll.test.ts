import { afterEach, describe, expect, it, vi } from 'vitest';
import { autoScroller, scrollStep } from './autoScroll';

// A canvas 500 px high from 100 to 600: its edge zones are the 100 px at each end.
const box = { top: 100, bottom: 600, left: 0, right: 800 };

describe('scrollStep', () => {
  it('scrolls nothing away from the edges or beside the canvas', () => {
    expect(scrollStep(box, { x: 400, y: 350 })).toBe(0);
    expect(scrollStep(box, { x: 400, y: 201 })).toBe(0);
    expect(scrollStep(box, { x: 400, y: 499 })).toBe(0);
    expect(scrollStep(box, { x: 900, y: 590 })).toBe(0);
  });

  it('scrolls down near the bottom and up near the top, faster nearer the edge', () => {
    expect(scrollStep(box, { x: 400, y: 550 })).toBe(16);
    expect(scrollStep(box, { x: 400, y: 590 })).toBe(29);
    expect(scrollStep(box, { x: 400, y: 150 })).toBe(-16);
    expect(scrollStep(box, { x: 400, y: 110 })).toBe(-29);
  });

  it('scrolls the most on the edge and past it, never more', () => {
    expect(scrollStep(box, { x: 400, y: 600 })).toBe(32);
    expect(scrollStep(box, { x: 400, y: 900 })).toBe(32);
    expect(scrollStep(box, { x: 400, y: 0 })).toBe(-32);
  });

  it('scrolls nothing in a box with no height', () => {
    expect(scrollStep({ ...box, bottom: 100 }, { x: 400, y: 100 })).toBe(0);
  });
});

describe('autoScroller', () => {
  /** A canvas of 500 px from 100 to 600, scrolled by the test's frames, 2000 px to go. */
  function setup(start: { x: number; y: number }) {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => frames.push(run));
    vi.stubGlobal('cancelAnimationFrame', () => frames.splice(0));
    let top = 0;
    const scroller = {
      getBoundingClientRect: () => ({ ...box, x: 0, y: 100, width: 800, height: 500 }),
      get scrollTop() {
        return top;
      },
      set scrollTop(value: number) {
        top = Math.max(0, Math.min(2000, value));
      },
    } as unknown as Element;
    let point = start;
    const scrolling = autoScroller(scroller, () => point);
    return {
      scrolling,
      scrollTop: () => top,
      moveTo(next: { x: number; y: number }) {
        point = next;
        scrolling.nudge();
      },
      runFrames(count: number) {
        for (let i = 0; i < count; i += 1) frames.shift()?.(0);
      },
    };
  }

  afterEach(() => vi.unstubAllGlobals());

  it('scrolls a step a frame while the pointer rests near the edge it moved towards, then stops', () => {
    const canvas = setup({ x: 400, y: 300 });
    canvas.moveTo({ x: 400, y: 590 });
    canvas.runFrames(3);
    expect(canvas.scrollTop()).toBe(3 * 29);
    canvas.moveTo({ x: 400, y: 300 });
    canvas.runFrames(3);
    expect(canvas.scrollTop()).toBe(3 * 29);
    canvas.moveTo({ x: 400, y: 110 });
    canvas.runFrames(2);
    expect(canvas.scrollTop()).toBe(29);
    canvas.scrolling.stop();
    canvas.moveTo({ x: 400, y: 105 });
    canvas.runFrames(2);
    expect(canvas.scrollTop()).toBe(29);
  });

  it('does not scroll down under a block picked up near the bottom and carried up', () => {
    const canvas = setup({ x: 400, y: 595 });
    canvas.moveTo({ x: 400, y: 590 });
    canvas.moveTo({ x: 400, y: 560 });
    canvas.runFrames(3);
    expect(canvas.scrollTop()).toBe(0);
    canvas.moveTo({ x: 400, y: 570 });
    canvas.runFrames(1);
    expect(canvas.scrollTop()).toBe(22);
  });

  it('stops when the canvas can go no further', () => {
    const canvas = setup({ x: 400, y: 300 });
    canvas.moveTo({ x: 400, y: 600 });
    canvas.runFrames(100);
    expect(canvas.scrollTop()).toBe(2000);
    canvas.runFrames(1);
    expect(canvas.scrollTop()).toBe(2000);
  });
});
