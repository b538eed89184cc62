using System.Collections.Frozen;
using System.Globalization;
using Polemos.Core;
using Polemos.Text;

namespace Polemos.Recognition;

public sealed record QuantityWord(int Best, int Low, int? High);

public sealed record NumberWord(long Value, bool Multiplier);

public sealed record DateWord(string Type, int Value);

public sealed record ConceptWord(string Concept, WordForm Form);

/// <summary>
/// A generic actor description: its kind, the country its words name, and an identity militia's ACLED label ("Clan
/// Militia") or the unit of a state's forces it names ("Gendarmerie", see data/actors/units.tsv).
/// </summary>
public sealed record ActorWord(ActorKind Kind, string? CountryCode, string? Label = null);

public enum PlaceMarker
{
    At,
    Near,

    /// <summary>
    /// Nearness to a border ("near the border with", "à la frontière avec"): the place after it is the country or area
    /// on the border's other side, which says where the event is near, not in whose country it is.
    /// </summary>
    Border,
    Destination,
    Origin,
    Region,
    PlaceNoun,

    /// <summary>
    /// A noun for an inhabited place ("city", "village", "neighbourhood"): a place noun that also marks a capitalised
    /// name written right before it in lower case ("in Nassriya city") as a place the gazetteer may lack.
    /// </summary>
    Settlement,

    /// <summary>
    /// A noun for an area written after its name ("area", "countryside", "district", "province"): it marks the name
    /// before it as a place as <see cref="Settlement"/> does, but calls it no settlement ("Ibb governorate").
    /// </summary>
    AreaNoun,

    /// <summary>A street, square or roundabout ("Tahrir Square", "ساحة الكرامة"): a name written with it is the street's, no place.</summary>
    Street,

    /// <summary>A road or highway ("the Beddawi highway", "route de Bourem"): a town written with it names the road.</summary>
    Road,

    /// <summary>
    /// A noun that heads an organisation's or a building's name ("Byblos Bank", "the Fransabank building", "Banque du
    /// Liban"): a place name written with it is the organisation's, the event's place only when nothing else is named.
    /// </summary>
    Institution,
}

/// <summary>The matchers one language needs, compiled once from its <see cref="LanguageData"/>.</summary>
public sealed class LanguagePack
{
    public LanguagePack(LanguageData data)
    {
        Data = data;
        var el = data.Rules;
        foreach (var row in data.Numbers.Rows)
        {
            if (long.TryParse(TsvTable.Cell(row, 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out long v))
            {
                Numbers.TryAdd(TextFold.Fold(row[0]), new NumberWord(v, TsvTable.Cell(row, 2) == "multiplier"));
            }
        }

        foreach (var row in data.Quantities.Rows)
        {
            if (int.TryParse(TsvTable.Cell(row, 1), CultureInfo.InvariantCulture, out int best) &&
                int.TryParse(TsvTable.Cell(row, 2), CultureInfo.InvariantCulture, out int low))
            {
                int? high = int.TryParse(TsvTable.Cell(row, 3), CultureInfo.InvariantCulture, out int h) ? h : null;
                Quantities.Add(row[0], new QuantityWord(best, low, high), el);
            }
        }

        foreach (var row in data.Modifiers.Rows)
        {
            Modifiers.Add(row[0], TsvTable.Cell(row, 1), el);
        }

        var months = new List<(string Word, int Value)>();
        foreach (var row in data.Dates.Rows)
        {
            if (int.TryParse(TsvTable.Cell(row, 2), CultureInfo.InvariantCulture, out int v))
            {
                Dates.Add(row[0], new DateWord(TsvTable.Cell(row, 1), v), el);
                if (TsvTable.Cell(row, 1) == "month" && !row[0].Contains(' ', StringComparison.Ordinal))
                {
                    months.Add((TextFold.Fold(row[0].TrimEnd('.')), v));
                }
            }
        }

        // A month word that begins a longer word of the same month ("mar" of "march", "sept" of "septembre") is its abbreviation.
        MonthAbbreviations = months.Where(m => months.Exists(o => o.Value == m.Value && o.Word.Length > m.Word.Length &&
                                                                  o.Word.StartsWith(m.Word, StringComparison.Ordinal)))
                                   .Select(m => m.Word).ToFrozenSet(StringComparer.Ordinal);

        var oneWord = new Dictionary<string, Dictionary<string, ConceptWord>>(StringComparer.Ordinal);
        foreach (var row in data.Concepts.Rows)
        {
            string concept = TsvTable.Cell(row, 1);
            if (!Core.Concepts.All.Contains(concept))
            {
                throw new PolemosException(ErrorCode.DataInvalid, $"{data.Code}/concepts.tsv: unknown concept '{concept}' for '{row[0]}'");
            }

            var word = new ConceptWord(concept, ParseForm(TsvTable.Cell(row, 2)));
            Concepts.Add(row[0], word, el);
            if (!row[0].Contains(' ', StringComparison.Ordinal) && !row[0].Contains('*', StringComparison.Ordinal))
            {
                string written = AsWritten(row[0]);
                string folded = TextFold.Fold(row[0]);
                if (!oneWord.TryGetValue(folded, out var forms))
                {
                    oneWord[folded] = forms = new Dictionary<string, ConceptWord>(StringComparer.Ordinal);
                }

                forms.TryAdd(written, word);
            }
        }

        // Words that only their accents tell apart ("bombardeó", past, and "bombardeo", noun; "attaqué" and "attaque"):
        // the trie, which folds accents away, keeps the first; the word as written chooses between them. Only in the
        // Latin script, whose accents are spelling: Arabic hamzas and Russian "ё" are written or left out at will.
        var ambiguous = data.Script != "Latin" ? [] : oneWord.Where(e => e.Value.Count > 1).ToList();
        AccentedConcepts = ambiguous.SelectMany(e => e.Value).ToFrozenDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        AccentedFolds = ambiguous.Select(e => e.Key).ToFrozenSet(StringComparer.Ordinal);

        foreach (var row in data.Actors.Rows)
        {
            if (Enum.TryParse<ActorKind>(TsvTable.Cell(row, 1), ignoreCase: true, out var kind))
            {
                string cc = TsvTable.Cell(row, 2), label = TsvTable.Cell(row, 3);
                Actors.Add(row[0], new ActorWord(kind, cc.Length == 2 ? cc.ToUpperInvariant() : null, label.Length > 0 ? label : null), el);
            }
        }

        foreach (var row in data.Demonyms.Rows)
        {
            string cc = TsvTable.Cell(row, 1);
            if (cc.Length == 2)
            {
                Demonyms.Add(row[0], cc.ToUpperInvariant(), el);
                if (Phrases.Split(row[0], el) is [var word] && !word.EndsWith('*'))
                {
                    DemonymWords.Add(word);
                }

                if (TsvTable.Cell(row, 2) != "place")
                {
                    Nationalities.Add(row[0], cc.ToUpperInvariant(), el);
                }
            }
        }

        foreach (string noun in data.CountryPlaceNouns)
        {
            if (Phrases.Split(noun, el) is [var word])
            {
                CountryPlaceNouns.Add(word);
            }
        }

        SourcePrepositions = [.. data.SourcePrepositions.Select(p => string.Join(' ', Phrases.Split(p, el))).Distinct(StringComparer.Ordinal)];
        foreach (string weekday in data.WrittenWeekdays.Keys)
        {
            if (Phrases.Split(weekday, el) is [var word])
            {
                WrittenWeekdayWords.Add(word);
            }
        }

        foreach (var row in data.Places.Rows)
        {
            if (Enum.TryParse<PlaceMarker>(TsvTable.Cell(row, 1), ignoreCase: true, out var marker))
            {
                PlaceMarkers.Add(row[0], marker, el);
                var words = Phrases.Split(row[0], el);
                if (words.Count > 1 && IsStopWord(words[^1]))
                {
                    PlaceLinks.Add(words[^1]);
                }
            }
        }

        foreach (var (word, number) in Numbers)
        {
            _numberWords.GetOrAdd(word, () => number);
        }
    }

    public LanguageData Data { get; }

    public string Code => Data.Code;

    public Dictionary<string, NumberWord> Numbers { get; } = new(StringComparer.Ordinal);

    /// <summary><see cref="Numbers"/> keyed as the tries are, by the token's own hash: dates and quantities ask at every token.</summary>
    private readonly WordMap<NumberWord> _numberWords = new();

    /// <summary>The number word a token's whole word is, if any (<see cref="Numbers"/> of its <see cref="Token.Norm"/>).</summary>
    public NumberWord? NumberWordOf(Token token) => _numberWords.Get(token.Norm, token.NormHash);

    public PhraseMatcher<QuantityWord> Quantities { get; } = new();

    public PhraseMatcher<string> Modifiers { get; } = new();

    public PhraseMatcher<DateWord> Dates { get; } = new();

    /// <summary>The month words that are abbreviations of a longer one ("mar", "sept", "janv"), folded as tokens are and without their dot.</summary>
    public FrozenSet<string> MonthAbbreviations { get; }

    public PhraseMatcher<ConceptWord> Concepts { get; } = new();

    /// <summary>
    /// One-word concept phrases whose folded forms collide, by the word as written in lower case with its accents: the
    /// reading of a one-word match whose written form is one of them (see <see cref="AsWritten"/>).
    /// </summary>
    public FrozenDictionary<string, ConceptWord> AccentedConcepts { get; }

    /// <summary>The folded forms of the words of <see cref="AccentedConcepts"/>: only a match on one of them is looked at again.</summary>
    public FrozenSet<string> AccentedFolds { get; }

    /// <summary>A word in lower case with its accents, composed, as <see cref="AccentedConcepts"/> keys it.</summary>
    public static string AsWritten(ReadOnlySpan<char> word) => word.ToString().Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();

    public PhraseMatcher<ActorWord> Actors { get; } = new();

    public PhraseMatcher<string> Demonyms { get; } = new();

    /// <summary>The demonyms of one word, folded as <see cref="Phrases.Split"/> folds them ("yemeni").</summary>
    public HashSet<string> DemonymWords { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether a token is two or more demonyms joined by hyphens ("Yemeni-Saudi border", "the Turkish-Syrian
    /// frontier"): the pair names a relation of countries, never a place.
    /// </summary>
    public bool IsDemonymCompound(string norm)
    {
        if (norm.IndexOf('-', StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var parts = norm.Split('-');
        return parts.Length >= 2 && parts.All(p => p.Length > 0 && Phrases.Split(p, Data.Rules) is [var w] && DemonymWords.Contains(w));
    }

    /// <summary>
    /// The demonyms that name a nation, not a town or a region in its cases (a row marked "place": "донецк*" tells the
    /// report's country, but "обстреляли Донецк" is no Ukrainian shelling): only these make a state's forces.
    /// </summary>
    public PhraseMatcher<string> Nationalities { get; } = new();

    public PhraseMatcher<PlaceMarker> PlaceMarkers { get; } = new();

    /// <summary>
    /// The language's <c>country_place_nouns</c> as its tokens write them ("town", "ville", and Arabic "بلدة" without
    /// the clitic a token strips): a nationality adjective beside one, next to a name, tells that place's country.
    /// </summary>
    public HashSet<string> CountryPlaceNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The language's <c>source_prepositions</c> with their words as its tokens write them, joined by spaces ("according
    /// to", "selon"): a party after one is the report's source.
    /// </summary>
    public IReadOnlyList<string> SourcePrepositions { get; }

    /// <summary>
    /// The language's <c>written_weekdays</c> as its tokens write them, with the article stripped ("احد", "اثنين"): only
    /// a token written so may be such a weekday, which the word as written then decides.
    /// </summary>
    public HashSet<string> WrittenWeekdayWords { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Function words that end the language's longer place markers and so tie a noun to a place ("of" in "the
    /// outskirts of", "von" in "nördlich von"), unlike other function words ("hätten").
    /// </summary>
    public HashSet<string> PlaceLinks { get; } = new(StringComparer.Ordinal);

    public bool IsStopWord(string norm) => Data.StopWords.Contains(norm);

    private static WordForm ParseForm(string form) => form switch
    {
        "past" => WordForm.Past,
        "present" => WordForm.Present,
        "participle" => WordForm.Participle,
        "noun" => WordForm.Noun,
        "infinitive" => WordForm.Infinitive,
        "future" => WordForm.Future,
        "conditional" => WordForm.Conditional,
        _ => WordForm.Any,
    };
}

/// <summary>Language packs by code, built on first use.</summary>
public sealed class LanguagePacks
{
    private readonly LanguageCatalog _catalog;
    private readonly Dictionary<string, LanguagePack> _packs = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public LanguagePacks(LanguageCatalog catalog) => _catalog = catalog;

    public LanguageCatalog Catalog => _catalog;

    /// <summary>The pack for a language; an unknown language falls back to English resources.</summary>
    public LanguagePack For(string code)
    {
        lock (_lock)
        {
            if (_packs.TryGetValue(code, out var pack))
            {
                return pack;
            }

            var data = _catalog.Find(code) ?? _catalog.Find("en") ?? _catalog.All.First();
            pack = new LanguagePack(data);
            _packs[code] = pack;
            return pack;
        }
    }
}
