// Reading a git configuration file as text: nothing is executed.

/** `user.name` from a git configuration file's text. */
export function gitUserName(text: string): string | undefined {
  let inUser = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const section = /^\[([^\]\s"]+)(?:\s+"[^"]*")?\]$/.exec(line);
    if (section) inUser = section[1].toLowerCase() === 'user';
    else if (inUser) {
      const m = /^name\s*=\s*(.+)$/i.exec(line);
      if (m) return m[1].replace(/^"(.*)"$/, '$1').trim() || undefined;
    }
  }
  return undefined;
}
