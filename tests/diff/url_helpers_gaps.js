// url helpers missing or different: urlToHttpOptions, the { windows } option of fileURLToPath /
// pathToFileURL, domainTo* on IP literals and with no argument, pathToFileURL('').
const url = require('url');
const show = (label, fn) => { try { const r = fn(); console.log(label, typeof r === 'string' ? JSON.stringify(r) : r); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); } };
show('urlToHttpOptions', () => url.urlToHttpOptions(new URL('https://u:p%20w@[::1]:8443/p/a?q=1#h')));
show('urlToHttpOptions plain', () => url.urlToHttpOptions(new URL('http://h.com/')));
show('urlToHttpOptions unicode', () => url.urlToHttpOptions(new URL('http://ñ.com/ä')));
show('fileURLToPath windows', () => url.fileURLToPath('file:///C:/a/b%20c', { windows: true }));
show('fileURLToPath windows unc', () => url.fileURLToPath('file://server/share/x', { windows: true }));
show('fileURLToPath windows relative', () => url.fileURLToPath('file:///a/b', { windows: true }));
show('fileURLToPath windows %5C', () => url.fileURLToPath('file:///C:/a%5Cb', { windows: true }));
show('fileURLToPath windows false', () => url.fileURLToPath('file:///a/b', { windows: false }));
show('pathToFileURL windows', () => url.pathToFileURL('C:\\a\\b c', { windows: true }).href);
show('pathToFileURL windows unc', () => url.pathToFileURL('\\\\server\\share\\x', { windows: true }).href);
show('pathToFileURL empty', () => url.pathToFileURL('').href === 'file://' + process.cwd());
for (const d of ['1.2.3.4', '[::1]', '0x7f.1', '256.1.1.1']) show('domainTo* ' + d, () => [url.domainToASCII(d), url.domainToUnicode(d)]);
show('domainToASCII none', () => url.domainToASCII());
show('domainToUnicode none', () => url.domainToUnicode());
show('exports', () => Object.keys(url).sort().join(','));
