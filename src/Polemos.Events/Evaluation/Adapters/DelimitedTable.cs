using System.Text;
using Polemos.Core;

namespace Polemos.Events.Evaluation.Adapters;

/// <summary>
/// A CSV or TSV file with a header row, read as Python's csv module reads it: a field that starts with a quote runs
/// to the next lone quote (doubled quotes are literal, line breaks inside are kept), quotes elsewhere are literal.
/// </summary>
public sealed class DelimitedTable
{
    private readonly Dictionary<string, int> _columns;

    private DelimitedTable(string path, IReadOnlyList<string> header, List<string[]> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Count; i++)
        {
            _columns.TryAdd(header[i].Trim(), i);
        }
    }

    public string Path { get; }

    public IReadOnlyList<string> Header { get; }

    public List<string[]> Rows { get; }

    /// <summary>Reads the file; <paramref name="limit"/> keeps only the first data rows.</summary>
    public static DelimitedTable Read(string path, char delimiter, int? limit = null)
    {
        if (!File.Exists(path))
        {
            throw new PolemosException(ErrorCode.InputMissing, $"evaluation file not found: {path}");
        }

        return Parse(path, File.ReadAllText(path, Encoding.UTF8), delimiter, limit);
    }

    public static DelimitedTable Parse(string path, string text, char delimiter, int? limit = null)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, fieldStart = true, any = false;
        int max = limit is { } l ? l + 1 : int.MaxValue;
        for (int i = 0; i < text.Length && records.Count < max; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && fieldStart)
            {
                quoted = true;
                fieldStart = false;
                any = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStart = true;
                any = true;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (any || field.Length > 0)
                {
                    fields.Add(field.ToString());
                    records.Add([.. fields]);
                }

                fields.Clear();
                field.Clear();
                fieldStart = true;
                any = false;
            }
            else
            {
                field.Append(c);
                fieldStart = false;
                any = true;
            }
        }

        if ((any || field.Length > 0) && records.Count < max)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        if (records.Count == 0)
        {
            throw new PolemosException(ErrorCode.InputEmpty, $"{path} holds no header row");
        }

        var header = records[0].Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        records.RemoveAt(0);
        return new DelimitedTable(path, header, records);
    }

    public bool HasColumn(string name) => _columns.ContainsKey(name);

    /// <summary>Fails with one clear line when a column the adapter needs is missing.</summary>
    public void Require(string set, params string[] names)
    {
        var missing = names.Where(n => !HasColumn(n)).ToList();
        if (missing.Count > 0)
        {
            throw new PolemosException(ErrorCode.InputMalformed,
                $"{Path} is not a {set} file: column(s) {string.Join(", ", missing)} missing (header: {string.Join(",", Header.Take(12))})");
        }
    }

    /// <summary>The trimmed cell of a column, or "" when the column or the cell is absent.</summary>
    public string Cell(string[] row, string name) =>
        _columns.TryGetValue(name, out int i) && i < row.Length ? row[i].Trim() : "";
}
