using System.Data.Common;

namespace Polemos.Store.Sql;

/// <summary>
/// What differs between the SQL backends: the schema, how a writer takes the database for itself, full-text search,
/// areas, and which driver errors mean what. Everything else (merging, queries, review) is shared SQL in
/// <see cref="SqlEventStore"/>, with <c>@name</c> parameters that both drivers accept.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>The schema as numbered steps; step n brings a database from version n-1 to n. Never edit a released step.</summary>
    public abstract IReadOnlyList<string[]> Migrations { get; }

    /// <summary>A query with parameter <c>@t</c> that returns a row when the table exists.</summary>
    public abstract string TableExists { get; }

    /// <summary>Whether articles keep a folded copy of their text for search (backends without diacritic-folding search).</summary>
    public abstract bool StoresFoldedText { get; }

    /// <summary>Starts a write transaction that no other writer can interleave with (merging reads, then writes).</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>SQL yielding the ids of articles whose text matches <paramref name="parameter"/>; sets the parameter's value.</summary>
    public abstract string ArticleTextMatch(string parameter, string text, IDictionary<string, object?> parameters);

    /// <summary>
    /// A condition on events <c>e</c> that keeps those inside a box (using the backend's spatial index); its parameters'
    /// names start with <paramref name="prefix"/>.
    /// </summary>
    public abstract string InBox(GeoBox box, string prefix, IDictionary<string, object?> parameters);

    /// <summary>A SQL expression: the great-circle distance in km from event <c>e</c> to a point.</summary>
    public abstract string DistanceKm(string latParameter, string lonParameter);

    /// <summary>Binds a box's corners as <c>{prefix}MinLat</c>, <c>MaxLat</c>, <c>MinLon</c> and <c>MaxLon</c>, the names <see cref="InBox"/> refers to.</summary>
    protected static void BindBox(GeoBox box, string prefix, IDictionary<string, object?> parameters)
    {
        parameters[prefix + "MinLat"] = box.MinLatitude;
        parameters[prefix + "MaxLat"] = box.MaxLatitude;
        parameters[prefix + "MinLon"] = box.MinLongitude;
        parameters[prefix + "MaxLon"] = box.MaxLongitude;
    }

    /// <summary>
    /// Follows a table reference to make the planner use <paramref name="index"/>, where the database has such a
    /// hint and its planner needs it (SQLite without statistics misjudges selectivity); empty otherwise.
    /// </summary>
    public virtual string UseIndex(string index) => string.Empty;

    /// <summary>
    /// Whether the session keeps a command per SQL text and runs it again with new parameters (SQLite prepares a
    /// command's statements once). Drivers that prepare by SQL text themselves (Npgsql's auto-prepare) say no.
    /// </summary>
    public virtual bool ReusesCommands => true;

    /// <summary>Turns a driver error into a one-line <see cref="Core.PolemosException"/> when it has a known cause, else null.</summary>
    public abstract Core.PolemosException? Translate(DbException error, string location);
}
