using System.Text;

namespace Polemos.Ingest;

/// <summary>Builds paragraph text: white space inside a block collapses to one space, blocks end with a blank line.</summary>
internal sealed class BlockWriter
{
    private readonly StringBuilder _text = new();
    private bool _pendingSpace;
    private bool _lineHasText;

    public void Inline(string data, bool preformatted)
    {
        foreach (char c in data)
        {
            if (preformatted && c == '\n')
            {
                LineBreak();
            }
            else if (char.IsWhiteSpace(c))
            {
                _pendingSpace = _lineHasText;
            }
            else
            {
                if (_pendingSpace)
                {
                    _text.Append(' ');
                    _pendingSpace = false;
                }

                _text.Append(c);
                _lineHasText = true;
            }
        }
    }

    public void LineBreak()
    {
        if (_lineHasText)
        {
            _text.Append('\n');
            _lineHasText = false;
            _pendingSpace = false;
        }
    }

    public void EndBlock()
    {
        if (_lineHasText)
        {
            _text.Append("\n\n");
        }
        else if (_text.Length > 0 && _text[^1] == '\n' && (_text.Length < 2 || _text[^2] != '\n'))
        {
            _text.Append('\n');
        }

        _lineHasText = false;
        _pendingSpace = false;
    }

    public override string ToString() => _text.ToString().TrimEnd();
}
