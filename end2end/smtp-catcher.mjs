// A local SMTP server for the end-to-end tests: Jobforge delivers its mail here over
// real SMTP, and each mail is written to MAIL_DIR/<n>.json ({to, subject, text}),
// decoded, for the tests to read. Usage: node smtp-catcher.mjs PORT MAIL_DIR
import { createServer } from 'node:net';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const port = Number(process.argv[2]);
const dir = process.argv[3];
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
let count = 0;

function header(head, name) {
  const lines = head.split('\r\n');
  const start = lines.findIndex((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  if (start < 0) return '';
  let value = lines[start].slice(name.length + 1).trim();
  for (let i = start + 1; i < lines.length && /^[ \t]/.test(lines[i]); i++) value += lines[i].trim();
  return value;
}

// RFC 2047 encoded words (=?utf-8?b?...?= or ?q?), as lettre writes non-ASCII subjects.
function decodeWords(value) {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_, _charset, kind, text) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

function decodeBody(body, encoding) {
  switch (encoding.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable':
      return Buffer.from(
        body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h) => String.fromCharCode(parseInt(h, 16))),
        'latin1',
      ).toString('utf8');
    default:
      return body;
  }
}

function save(to, raw) {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split);
  const body = raw.slice(split + 4);
  const mail = {
    to,
    subject: decodeWords(header(head, 'Subject')),
    text: decodeBody(body, header(head, 'Content-Transfer-Encoding')),
  };
  count += 1;
  writeFileSync(join(dir, `${String(count).padStart(5, '0')}.json`), JSON.stringify(mail));
}

createServer((socket) => {
  let buffer = '';
  let inData = false;
  let data = [];
  let to = [];
  socket.write('220 catcher ESMTP\r\n');
  socket.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    let end;
    while ((end = buffer.indexOf('\r\n')) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (inData) {
        if (line === '.') {
          inData = false;
          save(to, data.join('\r\n'));
          data = [];
          to = [];
          socket.write('250 OK queued\r\n');
        } else {
          data.push(line.startsWith('.') ? line.slice(1) : line);
        }
        continue;
      }
      const upper = line.toUpperCase();
      if (upper.startsWith('EHLO')) socket.write('250-catcher\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n');
      else if (upper.startsWith('RCPT TO:')) {
        to.push(line.slice(8).trim().replace(/^<|>.*$/g, ''));
        socket.write('250 OK\r\n');
      } else if (upper === 'DATA') {
        inData = true;
        socket.write('354 End data with <CR><LF>.<CR><LF>\r\n');
      } else if (upper.startsWith('QUIT')) {
        socket.end('221 Bye\r\n');
      } else socket.write('250 OK\r\n');
    }
  });
  socket.on('error', () => {});
}).listen(port, '127.0.0.1');
