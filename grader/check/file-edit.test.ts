import { editCommand, editWords, isFileEdit, parseFileEdit } from './file-edit.js';

describe('file edits of a build hint', () => {
  it('says the line in words and as the shell line that makes it, and reads that line back', () => {
    const volume = { file: 'Dockerfile', line: 'VOLUME /home/volume' };
    expect(editCommand(volume)).toBe("echo 'VOLUME /home/volume' >> Dockerfile");
    expect(editWords(volume)).toEqual({ ko: 'Dockerfile에 VOLUME /home/volume 줄이 있어야 합니다', en: 'Dockerfile needs the line VOLUME /home/volume' });
    expect(parseFileEdit(editCommand(volume))).toEqual({ file: 'Dockerfile', text: 'VOLUME /home/volume\n', append: true });
    const ignore = { file: '.dockerignore', line: 'test2.html', only: true };
    expect(editCommand(ignore)).toBe('echo test2.html > .dockerignore');
    expect(editWords(ignore)).toEqual({ ko: '.dockerignore에는 test2.html 한 줄만 있어야 합니다', en: '.dockerignore must hold the one line test2.html' });
    expect(parseFileEdit(editCommand(ignore))).toEqual({ file: '.dockerignore', text: 'test2.html\n', append: false });
    // a quote inside the line survives the round trip
    const quoted = { file: 'Dockerfile', line: `LABEL "purpose"="it's"` };
    expect(parseFileEdit(editCommand(quoted))?.text).toBe(`LABEL "purpose"="it's"\n`);
  });
  it('reads nothing else as an edit', () => {
    for (const line of ['docker build -t x .', 'echo hi', 'echo -n hi > f', 'echo hi > /etc/passwd', 'echo hi > ../f', 'echo hi > a/../../f', 'echo hi > .', 'echo hi | tee f', 'echo hi >f', "echo 'open > f"]) expect([line, isFileEdit(line)]).toEqual([line, false]);
  });
});
