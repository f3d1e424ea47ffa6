"""Regenerate the golden token/error files from CPython 3.11.

Run from anywhere:  PYENV_VERSION=3.11.7 python regen.py

For every NAME.py (not *.bad.py) in this directory, writes NAME.tokens from the
`tokenize` module, one token per line:

    TYPE <TAB> escaped-string <TAB> startline,startcol <TAB> endline,endcol

(escape: backslash -> \\\\, newline -> \\n, CR -> \\r, tab -> \\t; columns in code points).

For every NAME.bad.py writes NAME.bad.error from compile(<bytes>, ...):

    type <TAB> msg <TAB> lineno <TAB> offset <TAB> end_lineno <TAB> end_offset

The Java tokenizer behaves like CPython's C tokenizer, not like the pure-Python
`tokenize` module. Adaptations applied to the tokenize output (each one is a place
where the two differ):

  A1. The ENCODING token is dropped (the Java side reports the encoding separately).
  A2. NEWLINE/NL token strings and STRING contents have '\\r\\n' and lone '\\r'
      translated to '\\n': the C tokenizer translates line endings while reading
      (so a NEWLINE/NL that was '\\r\\n' ends one column earlier).
  A3. ERRORTOKEN for a single printable ASCII character that starts no token
      ('$', '?', '!', '`') becomes OP: the C tokenizer returns it as an OP token
      (PyToken_OneChar) and leaves the error ("invalid syntax") to the parser.
      ERRORTOKEN for whitespace (tokenize emits those before such characters)
      is dropped.
  A4. COMMENT and NL are kept: the Java tokenizer emits them when asked to (the
      golden tests run with that flag on); positions are tokenize's.
  A6. OP '<' immediately followed by OP '>' is merged into one OP '<>': the C
      tokenizer reads '<>' as one (NOTEQUAL) token and the parser rejects it
      ("invalid syntax"); tokenize's regex has no '<>'.
  A5. INDENT/DEDENT/ENDMARKER and the implicit NEWLINE at EOF keep tokenize's
      positions (the C tokenizer leaves INDENT/DEDENT positions unset, -1).
Error files come straight from compile(), i.e. from the C tokenizer plus parser.
"""
import io, os, sys, tokenize, token

HERE = os.path.dirname(os.path.abspath(__file__))


def esc(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\r', '\\r').replace('\t', '\\t')


def nl(s):
    return s.replace('\r\n', '\n').replace('\r', '\n')


def tokens_of(data):
    out = []
    for t in tokenize.tokenize(io.BytesIO(data).readline):
        name = token.tok_name[t.type]
        s = t.string
        if name == 'ENCODING':                      # A1
            continue
        end = t.end
        if name in ('NEWLINE', 'NL') and s == '\r\n':  # A2: the '\r' is gone
            end = (end[0], end[1] - 1)
        if name in ('NEWLINE', 'NL', 'STRING'):     # A2
            s = nl(s)
        if name == 'ERRORTOKEN':                    # A3
            if s.isspace():
                continue
            if len(s) == 1 and s.isascii() and s.isprintable():
                name = 'OP'
            else:
                raise SystemExit('unexpected ERRORTOKEN %r' % s)
        if (name == 'OP' and s == '>' and out and out[-1][0] == 'OP' and out[-1][1] == '<'
                and out[-1][3] == t.start):         # A6
            prev = out.pop()
            name, s, start = 'OP', '<>', prev[2]
        else:
            start = t.start
        out.append((name, s, start, end))
    return ''.join('%s\t%s\t%d,%d\t%d,%d\n' % (n, esc(s), a[0], a[1], b[0], b[1]) for n, s, a, b in out)


def error_of(fn, data):
    try:
        compile(data, fn, 'exec')
    except SyntaxError as e:
        return '%s\t%s\t%s\t%s\t%s\t%s\n' % (type(e).__name__, esc(e.msg), e.lineno, e.offset,
                                             e.end_lineno, e.end_offset)
    raise SystemExit('%s compiled without error' % fn)


def main():
    assert sys.version_info[:2] == (3, 11), sys.version
    n = 0
    for fn in sorted(os.listdir(HERE)):
        if not fn.endswith('.py') or fn == 'regen.py':
            continue
        path = os.path.join(HERE, fn)
        with open(path, 'rb') as f:
            data = f.read()
        if fn.endswith('.bad.py'):
            text, ext = error_of(fn, data), '.error'
        else:
            if not fn.startswith('lex_'):
                compile(data, fn, 'exec')   # good inputs must be valid Python (lex_* need only tokenize)
            text, ext = tokens_of(data), '.tokens'
        with open(path[:-3] + ext, 'w', encoding='utf-8', newline='\n') as f:
            f.write(text)
        n += 1
    print('wrote', n, 'files')


if __name__ == '__main__':
    main()
