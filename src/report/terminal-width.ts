/** The columns a text takes on a terminal: wide (East Asian) characters take two, escape sequences none. */
export function terminalWidth(text: string): number {
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  let width = 0;
  for (const char of plain) width += WIDE.test(char) ? 2 : 1;
  return width;
}

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
