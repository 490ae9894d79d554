/**
 * The layout of a page's preview image (Open Graph, 1200×630) as the element tree satori reads:
 * the report's name, the page's title and, for a figure, its value, in the site's light colours.
 * Plain objects, so that the tree can be hashed for the cache and sent to a worker thread.
 */
export const previewImageSize = { width: 1200, height: 630 } as const;

/** The site's light scheme (src/styles/global.css). */
export const previewColours = {
  surface: '#ffffff',
  raised: '#f4f6f8',
  accent: '#0b5cad',
  text: '#0b1015',
  muted: '#4d5862',
  border: '#d5dbe1',
} as const;

export interface PreviewCardText {
  /** The report's title, small, at the top. */
  site: string;
  /** The page's own title. */
  title: string;
  /** A figure's value as its page writes it ("21.2亿件"). */
  value?: string | undefined;
  /** The kind of page or section, under the title ("数据与来源", a section's name). */
  kicker?: string | undefined;
}

export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode[] };
}

const box = (style: CardNode['props']['style'], children?: string | CardNode[]): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/** Width of a text in em, roughly: a Chinese character or full-width sign is 1 em, Latin letters and digits about 0.6 em (Noto Sans Bold). */
export function emWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u.test(character) ? 1 : 0.62;
  return width;
}

/** The largest type size at which a text fits in `lines` lines of `lineWidth` pixels, from `sizes` (largest first). */
export function fittingSize(text: string, lineWidth: number, lines: number, sizes: readonly number[]): number | undefined {
  return sizes.find((size) => emWidth(text) * size <= lineWidth * lines * 0.95);
}

/** A title on one line when it fits at a large size, else on up to three lines at the largest size that fits. */
function titleSize(title: string, lineWidth: number, hasValue: boolean): number {
  const sizes = hasValue ? [56, 52, 48, 44, 40] : [72, 64, 56, 52, 48, 44, 40];
  return fittingSize(title, lineWidth, 1, sizes.slice(0, 3)) ?? fittingSize(title, lineWidth, hasValue ? 2 : 3, sizes) ?? 36;
}

const padding = { block: 64, inline: 80, accent: 24 };

/** A value is one short line in Chinese ("21.2亿件"), and may be a long noun phrase in English. */
function valueSize(value: string, lineWidth: number): number {
  return fittingSize(value, lineWidth, 1, [96, 88, 80, 72, 64]) ?? fittingSize(value, lineWidth, 2, [72, 64, 56]) ?? 48;
}

export function previewCard(text: PreviewCardText, fontFamily: string): CardNode {
  const { width, height } = previewImageSize;
  // Satori wraps text only within an explicit width.
  const textWidth = width - padding.accent - 2 * padding.inline;
  const hasValue = text.value !== undefined;
  const main: CardNode[] = [];
  if (text.kicker !== undefined) {
    main.push(box({ width: textWidth, fontSize: 30, color: previewColours.accent, marginBottom: 20, lineHeight: 1.3 }, text.kicker));
  }
  main.push(
    box(
      { width: textWidth, fontSize: titleSize(text.title, textWidth, hasValue), color: previewColours.text, lineHeight: 1.25 },
      text.title,
    ),
  );
  if (text.value !== undefined) {
    main.push(
      box(
        { width: textWidth, fontSize: valueSize(text.value, textWidth), color: previewColours.accent, marginTop: 28, lineHeight: 1.1 },
        text.value,
      ),
    );
  }
  return box(
    {
      width,
      height,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      boxSizing: 'border-box',
      padding: `${padding.block}px ${padding.inline}px`,
      background: previewColours.surface,
      borderLeft: `${padding.accent}px solid ${previewColours.accent}`,
      fontFamily,
      fontWeight: 700,
    },
    [
      box({ display: 'flex', flexDirection: 'column' }, main),
      box(
        { width: textWidth, fontSize: 28, color: previewColours.muted, borderTop: `2px solid ${previewColours.border}`, paddingTop: 24 },
        text.site,
      ),
    ],
  );
}

/** Every character the card draws, to choose the font subsets. */
export function cardText(text: PreviewCardText): string {
  return [text.site, text.title, text.value ?? '', text.kicker ?? ''].join('');
}
