using System.Globalization;
using Polemos.Core;

namespace Polemos.Recognition;

/// <summary>
/// Dates and relative references resolved against the publication date: "ieri" (day −1), "lunedì sera" (the last
/// Monday on or before publication), "last week" (precision 2), "12 gennaio", "January 12, 2019", "2019-01-12".
/// Without a publication date, relative references are kept but unresolved.
/// </summary>
public sealed class DateStage : IStage
{
    private readonly LanguagePacks _packs;

    public DateStage(LanguagePacks packs) => _packs = packs;

    public string Name => "dates";

    public IReadOnlyList<string> Requires => [Layers.Tokens];

    public IReadOnlyList<string> Provides => [Layers.Dates];

    public void Run(Document document)
    {
        var pack = _packs.For(document.Language);
        var tokens = document.Tokens;
        DateOnly? published = document.Meta.Published;
        int i = 0;
        while (i < tokens.Count)
        {
            if (TryIso(document, i, out var iso, out int isoUsed))
            {
                Add(document, i, isoUsed, iso, 1, relative: false);
                i += isoUsed;
                continue;
            }

            // "quarant'anni fa", "three weeks ago": a count, then a phrase that counts back from publication.
            if (TryAgo(document, pack, i, published, out int agoUsed))
            {
                i += agoUsed;
                continue;
            }

            // "قتل خمسة مدنيين الأحد": a weekday the language writes with an article that its tokens strip, where the bare
            // word is a number ("احد", one), is the weekday as written.
            if (WrittenWeekday(document, pack, i) is int weekday)
            {
                i += AddWeekday(document, pack, i, 1, weekday, published);
                continue;
            }

            if (pack.Dates.MatchAt(tokens, i, tokens.Count) is not { } m)
            {
                // "12 gennaio [2019]": a day number before a month word; German writes the day as an ordinal ("14. Januar").
                int dot = i + 2 < tokens.Count && tokens[i + 1].Norm == "." && tokens[i + 1].Span.Start == tokens[i].Span.End ? 1 : 0;
                if (tokens[i].Shape.Has(TokenShape.Number) && i + 1 < tokens.Count &&
                    int.TryParse(tokens[i].Norm, CultureInfo.InvariantCulture, out int day) && day is >= 1 and <= 31 &&
                    pack.Dates.MatchAt(tokens, i + 1 + dot, tokens.Count) is { Value.Type: "month" } month)
                {
                    int used = 1 + dot + month.Count;
                    int? year = ReadYear(tokens, i + used, ref used);
                    var date = Resolve(published, year, month.Value.Value, day);
                    Add(document, i, used, date, date is null ? 3 : 1, relative: year is null, yearInferred: year is null);
                    i += used;
                    continue;
                }

                i++;
                continue;
            }

            var word = m.Value;
            int count = m.Count;
            switch (word.Type)
            {
                case "day_offset" when NamesADay(pack, tokens, i + count):
                    // "la noche del sábado", "la noche del 3 de junio": a part of the day that a weekday or a calendar
                    // day after it names is that day's, not today's.
                    break;
                case "day_offset":
                    count += SkipPartOfDay(pack, tokens, i + count);
                    Add(document, i, count, published?.AddDays(word.Value), 1, relative: true);
                    break;
                case "week_offset":
                    Add(document, i, count, published?.AddDays(7 * word.Value), 2, relative: true);
                    break;
                case "month_offset":
                    Add(document, i, count, published?.AddMonths(word.Value), 3, relative: true);
                    break;
                case "weekday" when i > 0 && pack.Dates.MatchAt(tokens, i - 1, i) is { Value.Type: "that" }:
                    // "quel sabato": the Saturday of the story, not the last one before publication.
                    break;
                case "weekday":
                    count = AddWeekday(document, pack, i, count, word.Value, published);
                    break;

                case "month":
                {
                    // "January 12, 2019" or "January 2019" or a bare month.
                    int used = count;
                    int? day = null;
                    if (i + used < tokens.Count && tokens[i + used].Shape.Has(TokenShape.Number) &&
                        int.TryParse(tokens[i + used].Norm, CultureInfo.InvariantCulture, out int d) && d is >= 1 and <= 31)
                    {
                        day = d;
                        used++;
                        if (i + used < tokens.Count && tokens[i + used].Norm == ",")
                        {
                            used++;
                        }
                    }

                    int? year = ReadYear(tokens, i + used, ref used);
                    if (day is null && year is null && !IsLast(pack, tokens, i - 1) && !MonthWordBefore(pack, tokens, i))
                    {
                        // A bare month name is too ambiguous ("May", "marzo" as a street name) unless "last" or a word of
                        // time stands before it ("In March, a similar ambush…", "в марте", "im März").
                        i += count;
                        continue;
                    }

                    var date = Resolve(published, year, word.Value, day ?? 1);
                    Add(document, i, used, date, day is null ? 3 : 1, relative: year is null, yearInferred: year is null);
                    i += used;
                    continue;
                }

                case "lasting":
                    // "da anni", "desde hace años", "há décadas", "منذ سنوات": a situation that has lasted that long
                    // (value: months) began before the news and dates no event of it.
                    if (published is { } now)
                    {
                        AddLasting(document, i, count, now.AddMonths(-word.Value));
                    }

                    break;
                case "since":
                {
                    // "depuis 2012", "since 2017": a bare year after a since-word opens a lasting situation.
                    int used = 0;
                    if (ReadYear(tokens, i + count, ref used) is { } year)
                    {
                        Add(document, i + count, used, new DateOnly(year, 1, 1), 3, relative: false);
                        count += used;
                    }

                    break;
                }

                case "in_year":
                {
                    // "in 2014", "nel 2019", "в 2015 году": a bare year after a word of time dates the sentence to that
                    // year (a background sentence, most often); a bare number without one is no date.
                    int used = 0;
                    if (ReadYear(tokens, i + count, ref used) is { } year)
                    {
                        Add(document, i + count, used, new DateOnly(year, 1, 1), 3, relative: false, yearOnly: true);
                        count += used;
                    }

                    break;
                }

                default:
                    break;
            }

            i += count;
        }
    }

    /// <summary>
    /// Adds the weekday that starts at the token, with a part of the day or a "last" word beside it, as the last such day
    /// on or before publication ("last" before or after it: the one a week before, when publication falls on it);
    /// returns how many tokens from <paramref name="i"/> it took.
    /// </summary>
    private int AddWeekday(Document document, LanguagePack pack, int i, int count, int weekday, DateOnly? published)
    {
        var tokens = document.Tokens;
        count += SkipPartOfDay(pack, tokens, i + count);
        bool last = IsLast(pack, tokens, i - 1) || IsLast(pack, tokens, i + count);
        if (IsLast(pack, tokens, i + count))
        {
            count++;
        }

        int first = IsLast(pack, tokens, i - 1) ? i - 1 : i;
        DateOnly? date = null;
        if (published is { } p)
        {
            int target = weekday % 7; // 7 = Sunday → DayOfWeek.Sunday (0)
            int back = ((int)p.DayOfWeek - target + 7) % 7;
            if (back == 0 && last)
            {
                back = 7;
            }

            date = p.AddDays(-back);
        }

        Add(document, first, count + (i - first), date, 1, relative: true);
        return count;
    }

    /// <summary>
    /// The weekday (1 Monday … 7 Sunday) of the language's <c>written_weekdays</c> that the token is as written, article
    /// included ("الأحد", "الاثنين"; "one of" is written without it, "أحد"); null otherwise.
    /// </summary>
    private static int? WrittenWeekday(Document document, LanguagePack pack, int i)
    {
        var written = pack.Data.WrittenWeekdays;
        var tokens = document.Tokens;
        if (written.Count == 0 || !pack.WrittenWeekdayWords.Contains(tokens[i].Norm) || !tokens[i].Shape.Has(TokenShape.Word) ||
            !written.TryGetValue(TextFold.Fold(document.Slice(tokens[i].Span)), out int weekday))
        {
            return null;
        }

        return weekday;
    }

    private bool TryAgo(Document document, LanguagePack pack, int at, DateOnly? published, out int used)
    {
        used = 0;
        var tokens = document.Tokens;
        int n = 0;
        int k = at;
        if (tokens[at].Shape.Has(TokenShape.Number) && int.TryParse(tokens[at].Norm, CultureInfo.InvariantCulture, out int digits))
        {
            n = digits;
            k = at + 1;
        }
        else
        {
            long total = 0;
            // Asked at every token: the apostrophe-trimmed word is looked up only when there is an apostrophe to trim.
            while (k < tokens.Count && k - at < 4 && (pack.NumberWordOf(tokens[k]) ?? ElidedNumberWord(pack, tokens[k].Norm)) is { } w)
            {
                total = w.Multiplier ? Math.Max(total, 1) * w.Value : total + w.Value;
                k++;
            }

            n = (int)Math.Min(total, 10_000);
        }

        if (n <= 0 || k >= tokens.Count || pack.Dates.MatchAt(tokens, k, tokens.Count) is not { } ago)
        {
            return false;
        }

        // "da oltre quindici anni", "desde hace diez años", "منذ خمسة عشر عاما": a count of years or months after a
        // since-word (a modifier between) is how long a situation has lasted: it began that long ago and dates no event.
        if (ago.Value.Type is "span_years" or "span_months")
        {
            if (!SpanLead(pack, tokens, at))
            {
                return false;
            }

            used = k - at + ago.Count;
            if (published is { } began)
            {
                var from = ago.Value.Type == "span_years" ? began.AddYears(-n) : began.AddMonths(-n);
                AddLasting(document, at, used, from);
            }

            return true;
        }

        if (!ago.Value.Type.StartsWith("ago_", StringComparison.Ordinal))
        {
            return false;
        }

        used = k - at + ago.Count;
        (DateOnly? date, int precision) = (published, ago.Value.Type) switch
        {
            ({ } p, "ago_days") => (p.AddDays(-n), 1),
            ({ } p, "ago_weeks") => (p.AddDays(-7 * n), 2),
            ({ } p, "ago_months") => (p.AddMonths(-n), 3),
            ({ } p, "ago_years") => (p.AddYears(-n), 3),
            _ => ((DateOnly?)null, 3),
        };
        Add(document, at, used, date, precision, relative: true);
        return true;
    }

    /// <summary>"quarant'" of "quarant'anni": the number word before an elision's apostrophe.</summary>
    private static NumberWord? ElidedNumberWord(LanguagePack pack, string norm) =>
        norm.EndsWith('\'') && pack.Numbers.TryGetValue(norm.TrimEnd('\''), out var w) ? w : null;

    /// <summary>A since-word ("da", "desde hace", "منذ") right before the count, or before one or two modifier words ("oltre", "más de").</summary>
    private static bool SpanLead(LanguagePack pack, IReadOnlyList<Token> tokens, int count)
    {
        for (int back = 1; back <= 3 && count - back >= 0; back++)
        {
            if (pack.Dates.MatchAt(tokens, count - back, count) is { Value.Type: "since" or "span_lead" } lead && count - back + lead.Count <= count)
            {
                return true;
            }
        }

        return false;
    }

    private void AddLasting(Document document, int first, int count, DateOnly began)
    {
        var span = TokenClaims.SpanOf(document, first, count);
        if (!document.InDateline(span))
        {
            document.Mentions.Add(new DateMention(span, began, 3) { Relative = false, Since = true, Source = Name });
        }
    }

    /// <summary>
    /// Whether a word of time that dates what follows by its month or year ("in", "en", "nel", "im", "в", "في": the
    /// <c>in_year</c> and <c>in_month</c> words of the language) stands right before the month word at <paramref name="at"/>,
    /// written whole and before no capitalised word: an abbreviation, or a month before a name, is too often a word of a
    /// town's name ("in Mar del Plata", "in May Pen").
    /// </summary>
    private static bool MonthWordBefore(LanguagePack pack, IReadOnlyList<Token> tokens, int at) =>
        at > 0 && pack.Dates.MatchAt(tokens, at - 1, at) is { Count: 1, Value.Type: "in_year" or "in_month" } &&
        !pack.MonthAbbreviations.Contains(tokens[at].Norm.TrimEnd('.')) &&
        !(at + 1 < tokens.Count && tokens[at + 1].Shape.Has(TokenShape.Capitalised));

    /// <summary>A weekday or a day number before a month word starts at <paramref name="at"/>.</summary>
    private static bool NamesADay(LanguagePack pack, IReadOnlyList<Token> tokens, int at) =>
        at < tokens.Count &&
        (pack.Dates.MatchAt(tokens, at, tokens.Count) is { Value.Type: "weekday" } ||
         (tokens[at].Shape.Has(TokenShape.Number) && at + 1 < tokens.Count &&
          pack.Dates.MatchAt(tokens, at + 1, tokens.Count) is { Value.Type: "month" }));

    private static int SkipPartOfDay(LanguagePack pack, IReadOnlyList<Token> tokens, int at) =>
        pack.Dates.MatchAt(tokens, at, tokens.Count) is { Value.Type: "part_of_day" } p ? p.Count : 0;

    private static bool IsLast(LanguagePack pack, IReadOnlyList<Token> tokens, int at) =>
        at >= 0 && at < tokens.Count && pack.Dates.MatchAt(tokens, at, tokens.Count) is { Value.Type: "last", Count: 1 };

    private static int? ReadYear(IReadOnlyList<Token> tokens, int at, ref int used)
    {
        if (at < tokens.Count && tokens[at].Shape.Has(TokenShape.Number) && tokens[at].Norm.Length == 4 &&
            int.TryParse(tokens[at].Norm, CultureInfo.InvariantCulture, out int y) && y is >= 1900 and <= 2100)
        {
            used++;
            return y;
        }

        return null;
    }

    /// <summary>
    /// How many days after the report a day and month without a year may still fall in the report's year: a report
    /// stamped with the day a multi-day event began, or in another time zone.
    /// </summary>
    public const int YearlessAheadDays = 7;

    private static DateOnly? Resolve(DateOnly? published, int? year, int month, int day)
    {
        int y = year ?? published?.Year ?? 0;
        if (y == 0 || month is < 1 or > 12)
        {
            return null;
        }

        day = Math.Min(day, DateTime.DaysInMonth(y, month));
        var date = new DateOnly(y, month, day);
        // A day and month without a year is the last such day before the report ("30 December" in a report of
        // 2 January), unless it comes within a few days after it ("from 4 to 5 May" in a report of 4 May).
        if (year is null && published is { } p && date.DayNumber > p.DayNumber + YearlessAheadDays)
        {
            date = date.AddYears(-1);
        }

        return date;
    }

    private static bool TryIso(Document document, int at, out DateOnly? date, out int used)
    {
        date = null;
        used = 0;
        var t = document.Tokens[at];
        if (!t.Shape.Has(TokenShape.Number))
        {
            return false;
        }

        // The tokeniser keeps "2019-01-12" as one token (hyphen between digits).
        if (DateOnly.TryParseExact(t.Norm, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            used = 1;
            return true;
        }

        // dd/mm/yyyy
        var toks = document.Tokens;
        if (at + 4 < toks.Count && toks[at + 1].Norm == "/" && toks[at + 3].Norm == "/" &&
            int.TryParse(t.Norm, CultureInfo.InvariantCulture, out int a) && int.TryParse(toks[at + 2].Norm, CultureInfo.InvariantCulture, out int b) &&
            int.TryParse(toks[at + 4].Norm, CultureInfo.InvariantCulture, out int y) && y is >= 1900 and <= 2100)
        {
            // Day first unless only month first makes sense, or day first would lie after the publication date and
            // month first would not ("02/05/2013" in a report of 5 February 2013 is that day, US style), or both lie
            // before it and month first is the nearer ("10/06/2013" in a report of 8 October 2013: news is recent).
            DateOnly? dayFirst = Reading(y, month: b, day: a), monthFirst = Reading(y, month: a, day: b);
            if (dayFirst is { } df && monthFirst is { } mf && document.Meta.Published is { } published)
            {
                date = (df > published && mf <= published) || (df <= published && mf <= published && mf > df) ? mf : df;
            }
            else
            {
                date = dayFirst ?? monthFirst;
            }

            if (date is not null)
            {
                used = 5;
                return true;
            }
        }

        return false;
    }

    private static DateOnly? Reading(int year, int month, int day) =>
        month is >= 1 and <= 12 && day is >= 1 and <= 31 ? new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))) : null;

    private void Add(Document document, int first, int count, DateOnly? date, int precision, bool relative, bool yearInferred = false, bool yearOnly = false)
    {
        var span = TokenClaims.SpanOf(document, first, count);
        if (!document.InDateline(span))
        {
            var pack = _packs.For(document.Language);
            bool since = first > 0 && pack.Dates.MatchAt(document.Tokens, first - 1, first) is { Value.Type: "since", Count: 1 };
            document.Mentions.Add(new DateMention(span, date, precision)
            {
                Relative = relative, YearInferred = yearInferred, Since = since, YearOnly = yearOnly, Source = Name,
            });
        }
    }
}

/// <summary>Maps words to concepts (triggers, hedges, markers, anti-concepts) from the language's concepts.tsv.</summary>
public sealed class ConceptStage : IStage
{
    private readonly LanguagePacks _packs;

    public ConceptStage(LanguagePacks packs) => _packs = packs;

    public string Name => "concepts";

    public IReadOnlyList<string> Requires => [Layers.Tokens, Layers.Quantities];

    public IReadOnlyList<string> Provides => [Layers.Concepts];

    public void Run(Document document)
    {
        var pack = _packs.For(document.Language);
        var bounded = TokenClaims.Of<QuantityMention>(document);
        foreach (var sentence in document.Sentences)
        {
            int end = sentence.FirstToken + sentence.TokenCount;
            int covered = sentence.FirstToken;
            bool demonstrated = false;
            foreach (var m in pack.Concepts.Scan(document.Tokens, sentence.FirstToken, end))
            {
                if (!demonstrated)
                {
                    Blockades(document, pack, covered, m.First, end);
                }

                covered = Math.Max(covered, m.First + m.Count);

                // The "not" of a bound on a number ("не менее 10", "لا يقل عن 15", "no fewer than 5") negates nothing.
                if (m.Value.Concept == Concepts.Negation && bounded[m.First])
                {
                    continue;
                }

                // A word that is the lexicon's only in lower case ("march") is another word when capitalised ("March").
                if (m.Count == 1 && document.Tokens[m.First].Shape.Has(TokenShape.Capitalised) && pack.Data.LowerCaseWords.Contains(document.Tokens[m.First].Norm))
                {
                    continue;
                }

                var span = TokenClaims.SpanOf(document, m.First, m.Count);
                var word = m.Value;
                if (m.Count == 1 && pack.AccentedFolds.Count > 0 && pack.AccentedFolds.Contains(document.Tokens[m.First].Norm) &&
                    pack.AccentedConcepts.TryGetValue(LanguagePack.AsWritten(document.Text.AsSpan(span.Start, span.Length)), out var written))
                {
                    word = written;
                }

                string concept = word.Concept == Concepts.Confine && m.Count == 1 && pack.Data.BarricadeWords.Contains(document.Tokens[m.First].Norm) &&
                                 RoadAhead(pack, document.Tokens, m.First + 1, sentence.FirstToken + sentence.TokenCount)
                    ? Concepts.Riot
                    : word.Concept;
                document.Mentions.Add(new ConceptMention(span, concept, word.Form) { Source = Name });
                demonstrated |= concept is Concepts.Protest or Concepts.Riot && word.Form != WordForm.Infinitive;
            }

            if (!demonstrated)
            {
                Blockades(document, pack, covered, end, end);
                Gatherings(document, pack, sentence.FirstToken, end);
            }
        }
    }

    /// <summary>How many words in small letters after a verb of gathering the crowd's demand may begin ("gathered in front of the county offices to demand").</summary>
    private const int DemandReach = 12;

    /// <summary>
    /// A verb of gathering (<see cref="LanguageData.GatheringWords"/>) in a sentence with no word of a demonstration,
    /// followed within <see cref="DemandReach"/> words, before a semicolon, by what the crowd demands, opposes or marks
    /// (a GRIEVANCE word: "demanding", "to demand", "against", "to commemorate", or a demonstration's infinitive, "to
    /// protest", which alone tells only a purpose): the gathering is a demonstration ("about 20 people gathered outside an
    /// army base to demand the end of the curfew", "owners gather at the town hall to protest the new rates"). People gathered to identify their dead
    /// or to hear a speech name no demand; a gathering that marks the past (<see cref="MarksThePast"/>) is a commemoration.
    /// </summary>
    private static void Gatherings(Document document, LanguagePack pack, int from, int end)
    {
        if (pack.Data.GatheringWords.Count == 0)
        {
            return;
        }

        for (int k = from; k < end; k++)
        {
            if (pack.Data.GatheringWords.TryGetValue(document.Tokens[k].Norm, out var form) &&
                DemandAhead(document, k + 1, ReachEnd(document, k + 1, end)) && !MarksThePast(document, from, end))
            {
                document.Mentions.Add(new ConceptMention(document.Tokens[k].Span, Concepts.Protest, form) { Source = "concepts" });
                return;
            }
        }
    }

    /// <summary>
    /// The token where the reach of a gathering's demand ends: <see cref="DemandReach"/> words after it, not counting
    /// capitalised words and punctuation ("gathered at the Ministry of Finance in Phaya Thai, Bangkok,
    /// Thailand, to demand": the names of where they gathered add no distance).
    /// </summary>
    private static int ReachEnd(Document document, int from, int end)
    {
        int words = 0, k = from;
        while (k < end && words < DemandReach)
        {
            var t = document.Tokens[k];
            if (t.Shape.Has(TokenShape.Word) && !t.Shape.Has(TokenShape.Capitalised))
            {
                words++;
            }

            k++;
        }

        return k;
    }

    /// <summary>
    /// A history word in the sentence: a gathering that marks the past ("veterans gathered to mark the anniversary of the
    /// landings") is a commemoration, not a demonstration.
    /// </summary>
    private static bool MarksThePast(Document document, int from, int end) => ConceptStartsIn(document, Concepts.History, from, end);

    /// <summary>A GRIEVANCE concept beginning among the tokens from <paramref name="from"/> up to <paramref name="to"/>, before any semicolon.</summary>
    private static bool DemandAhead(Document document, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (document.Tokens[k].Norm == ";")
            {
                return false;
            }
        }

        return ConceptStartsIn(document, Concepts.Grievance, from, to) || ConceptStartsIn(document, Concepts.Protest, from, to, WordForm.Infinitive);
    }

    /// <summary>A mention of <paramref name="concept"/> beginning among the tokens from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    private static bool ConceptStartsIn(Document document, string concept, int from, int to, WordForm? form = null)
    {
        if (from >= to)
        {
            return false;
        }

        int start = document.Tokens[from].Span.Start, stop = document.Tokens[to - 1].Span.End;
        foreach (var m in document.MentionsOf<ConceptMention>())
        {
            if (m.Concept == concept && (form is null || m.Form == form) && m.Span.Start >= start && m.Span.Start < stop)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A verb of blocking (<see cref="LanguageData.BlockadeWords"/>) among the tokens from <paramref name="from"/> up to
    /// <paramref name="to"/>, which no lexicon phrase covers, with a road or street noun a few words after it: a crowd
    /// blocking a road, a demonstration ("blocked the Kisumu-Busia highway"). Asked only before the sentence's first word
    /// of a demonstration: after one ("marched through the town, blocking a street and burning tyres") the blockade is how
    /// that demonstration was held, not a demonstration of its own.
    /// </summary>
    private static void Blockades(Document document, LanguagePack pack, int from, int to, int end)
    {
        if (pack.Data.BlockadeWords.Count == 0)
        {
            return;
        }

        for (int k = from; k < to; k++)
        {
            if (pack.Data.BlockadeWords.TryGetValue(document.Tokens[k].Norm, out var form) && RoadAhead(pack, document.Tokens, k + 1, end))
            {
                document.Mentions.Add(new ConceptMention(document.Tokens[k].Span, Concepts.Protest, form) { Source = "concepts" });
            }
        }
    }

    /// <summary>How many words after a verb of barricading the road it closes may end ("barricaded the busy Kisumu road").</summary>
    private const int RoadReach = 5;

    /// <summary>
    /// A road or street noun, or another noun of what a crowd blocks (<see cref="LanguageData.BlockadeObjects"/>: "roads",
    /// "the railway"), within <see cref="RoadReach"/> words from <paramref name="from"/>, before any punctuation but
    /// a hyphen or a slash:
    /// "barricaded Jogoo road", "barricading a section of the national road". People who barricade a road block it (ACLED's
    /// violent demonstration); those who barricade themselves in a building are confined.
    /// </summary>
    /// <summary>How many words an aside in brackets after a verb of blocking may hold.</summary>
    private const int AsideReach = 6;

    /// <summary>The closing bracket of the aside opened at <paramref name="open"/>, within <see cref="AsideReach"/> words, or null.</summary>
    private static int? ClosingBracket(IReadOnlyList<Token> tokens, int open, int end)
    {
        for (int k = open + 1; k < end && k <= open + AsideReach + 1; k++)
        {
            if (tokens[k].Norm == ")")
            {
                return k;
            }
        }

        return null;
    }

    private static bool RoadAhead(LanguagePack pack, IReadOnlyList<Token> tokens, int from, int end)
    {
        int reach = from + RoadReach;
        for (int k = from; k < end && k < reach; k++)
        {
            // An aside in brackets ("blocked (with stones) the main road") is passed over and not counted.
            if (tokens[k].Norm == "(" && ClosingBracket(tokens, k, end) is int close)
            {
                reach += close - k + 1;
                k = close;
                continue;
            }

            // A hyphen or a slash joins the towns a road's name carries ("the Kisumu-Busia highway"); other marks end the look.
            if (tokens[k].Shape.Has(TokenShape.Punctuation) && tokens[k].Norm is not ("-" or "/" or "\u2013"))
            {
                return false;
            }

            if ((pack.PlaceMarkers.MatchAt(tokens, k, end) is { Value: PlaceMarker.Road or PlaceMarker.Street } road && road.First == k) ||
                pack.Data.BlockadeObjects.Contains(TextFold.Fold(tokens[k].Norm)))
            {
                return true;
            }
        }

        return false;
    }
}
