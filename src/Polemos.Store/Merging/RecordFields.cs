using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using Polemos.Core;

namespace Polemos.Store.Merging;

/// <summary>
/// Reads and sets a record's fields by their SPEC §1 names (the JSON names), for review edits. Lists are written as
/// values separated by <c>;</c>. Ids, sources and evidence are not editable: they are the record's provenance.
/// </summary>
public static class RecordFields
{
    private static readonly HashSet<string> Provenance = new(StringComparer.Ordinal) { "kind", "source_id", "event_id", "evidence", "sources" };

    private static readonly Dictionary<string, PropertyInfo> ByName = typeof(ExtractedRecord).GetProperties()
        .Where(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is { } a && !Provenance.Contains(a.Name))
        .ToDictionary(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name, StringComparer.Ordinal);

    /// <summary>Whether a field name can be edited.</summary>
    public static bool IsEditable(string field) => ByName.ContainsKey(field);

    /// <summary>The field's value as text (null when empty).</summary>
    public static string? Get(ExtractedRecord record, string field)
    {
        var value = Property(field).GetValue(record);
        return value switch
        {
            null => null,
            List<string> list => string.Join(";", list),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }

    /// <summary>Sets the field from text; throws a <see cref="PolemosException"/> when the text does not fit its type.</summary>
    public static void Set(ExtractedRecord record, string field, string? value)
    {
        var property = Property(field);
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        try
        {
            object? converted = value is null ? null
                : type == typeof(List<string>) ? value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
                : type == typeof(string) ? value
                : Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
            if (converted is null && (type == typeof(List<string>) || (property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null)))
            {
                converted = type == typeof(List<string>) ? new List<string>() : Activator.CreateInstance(type);
            }

            property.SetValue(record, converted);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new PolemosException(ErrorCode.BadArgument, $"'{value}' is not a valid value for {field}", e);
        }
    }

    private static PropertyInfo Property(string field) =>
        ByName.GetValueOrDefault(field)
        ?? throw new PolemosException(ErrorCode.BadArgument, $"'{field}' is not an editable field (one of: {string.Join(", ", ByName.Keys.Order(StringComparer.Ordinal))})");
}
