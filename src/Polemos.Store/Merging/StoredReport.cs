using Polemos.Core;

namespace Polemos.Store.Merging;

/// <summary>
/// One record extracted from one stored article, as merging sees it: the record (its <c>source_id</c> and evidence
/// already pointing at the store's article id), the article as a source, and the article's publication date, which
/// orders reports when tolls are reconciled.
/// </summary>
public sealed record StoredReport(string ReportId, string ArticleId, DateOnly? Published, long Sequence, ExtractedRecord Record, SourceRef Source)
{
    /// <summary>A report's id: the article id and the record's position in the article.</summary>
    public static string IdFor(string articleId, int index) => $"{articleId}:{index}";
}
