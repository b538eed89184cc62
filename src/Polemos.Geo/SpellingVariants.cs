using Polemos.Core;

namespace Polemos.Geo;

/// <summary>
/// Other Latin spellings of a folded place name, for names the gazetteer lacks as written: transliterations of
/// Arabic-script names differ in doubled letters ("Nassriya"), the feminine ending ("Hasakeh", "Hasakah",
/// "Mansura"), the diphthongs ("Deir", "Dayr", "Ein", "Ayn") and the French "ou" and "qu" ("Quamishli"); Somali names are
/// written in one word or two ("Ceel Buur", "Ceelbuur"). The rules
/// are orthographic, not a list of places; each word gets a few variants and their combinations are capped.
/// </summary>
public static class SpellingVariants
{
    /// <summary>At most this many variant keys are produced for one name.</summary>
    public const int MaxVariants = 64;

    /// <summary>Words shorter than this are left as written (too many short words share a spelling).</summary>
    public const int MinWordLength = 3;

    private static readonly string[] Diphthongs = ["ei", "ey", "ay", "ai"];

    private static readonly string[] Endings = ["a", "ah", "e", "eh"];

    /// <summary>
    /// The variant keys of a folded name (<see cref="NameKey"/>), the name's own key left out, in a fixed order:
    /// every combination of each word's variants, at most <see cref="MaxVariants"/>.
    /// </summary>
    public static IReadOnlyList<string> Of(string key) => Remembered.Get(key, Compute);

    /// <summary>
    /// The variants of the names met so far: the same place names recur from report to report, and each costs dozens
    /// of strings to spell out. Bounded, as the gazetteer's own memory of look-ups is.
    /// </summary>
    private static readonly BoundedMemo<string[]> Remembered = new(10_000);

    private static string[] Compute(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var combos = new List<string> { "" };
        foreach (var w in words)
        {
            var forms = WordVariants(w);
            var next = new List<string>();
            foreach (var c in combos)
            {
                foreach (var f in forms)
                {
                    if (next.Count < MaxVariants + 1)
                    {
                        next.Add(c.Length == 0 ? f : c + " " + f);
                    }
                }
            }

            combos = next;
        }

        // A name of two or three words that other spellings write as one ("Ceel Buur", "Ceelbuur"; "Ceel Dheer", "Ceeldheer"):
        // the words joined, before every other variant.
        if (words.Length is 2 or 3 && words.All(w => w.All(char.IsAsciiLetterLower)))
        {
            combos.Insert(0, string.Concat(words));
        }

        return [.. combos.Where(c => !string.Equals(c, key, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Take(MaxVariants)];
    }

    /// <summary>Skeletons shorter than this match too many names to tell one place.</summary>
    public const int MinSkeletonLength = 3;

    /// <summary>The shortest skeleton that tells one district among the few of a province ("Raizh", "Razih").</summary>
    public const int MinDistrictSkeletonLength = 2;

    /// <summary>
    /// The consonant skeleton of a folded name (<see cref="NameKey"/>), in which transliterations of one Arabic-script,
    /// Somali or Slavic name agree where their vowels, semivowels, doubled letters and feminine endings differ ("Basira" and
    /// "Busayrah", "Raizh" and "Razih", "Svitlodarsk" and "Svetlodarsk", "Bulo Burto" and "Bulo Burte"): each word's last
    /// short vowel or feminine ending dropped, the digraphs kh, gh, sh, th, dh and the q written as one consonant, then
    /// every vowel, y, w and space left out and doubled letters made single. Null for a name with other letters than
    /// a to z, or whose skeleton is shorter than <paramref name="minLength"/>.
    /// </summary>
    public static string? Skeleton(string key, int minLength = MinSkeletonLength)
    {
        string full = Skeletons.Get(key, SkeletonOf);
        return full.Length >= minLength ? full : null;
    }

    /// <summary>The skeletons met so far (a province's names are read again for each place anchored in it), bounded.</summary>
    private static readonly BoundedMemo<string> Skeletons = new(50_000);

    /// <summary>The whole skeleton of a folded name, empty for a name with other letters than a to z.</summary>
    private static string SkeletonOf(string key)
    {
        var chars = new System.Text.StringBuilder(key.Length);
        foreach (var word in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!word.All(char.IsAsciiLetterLower))
            {
                return "";
            }

            string w = word.EndsWith("ah", StringComparison.Ordinal) || word.EndsWith("eh", StringComparison.Ordinal) ? word[..^2]
                : word[^1] is 'a' or 'e' or 'h' ? word[..^1] : word;
            w = w.Replace("kh", "k", StringComparison.Ordinal).Replace("gh", "g", StringComparison.Ordinal).Replace("sh", "s", StringComparison.Ordinal)
                .Replace("th", "t", StringComparison.Ordinal).Replace("dh", "d", StringComparison.Ordinal).Replace('q', 'k');
            foreach (char c in w)
            {
                if (!IsVowel(c) && c is not 'y' and not 'w' && (chars.Length == 0 || chars[^1] != c))
                {
                    chars.Append(c);
                }
            }
        }

        return chars.ToString();
    }

    /// <summary>
    /// The consonant skeletons (<see cref="Skeleton"/>) that Latin transliterations of a folded Arabic-script name have
    /// ("نهم" is Nihm's "nhm", "رازح" Razih's "rz"): each letter written as the Latin letter its transliterations
    /// agree on once <see cref="Skeleton"/> has folded their digraphs (خ kh = k, غ gh = g, ش sh = s, ث th = t, ذ dh = d,
    /// ق q = k, the emphatic ص ض ط ظ as s d t z), the long vowels, semivowels, hamza and ʿayn left out as the Latin
    /// skeleton leaves out vowels, y, w and apostrophes, a word's last ه or ح (the feminine ending, a last h) left out as
    /// Latin's last h is, doubled letters made single. ج is tried as j and as g (Egypt's "Gamal"), ظ as z and as d.
    /// Empty for a name with other letters than Arabic ones, or whose skeletons are shorter than <paramref name="minLength"/>.
    /// </summary>
    public static IReadOnlyList<string> ArabicSkeletons(string key, int minLength = MinSkeletonLength)
    {
        var combos = new List<System.Text.StringBuilder> { new(key.Length) };
        foreach (var (_, _, letters) in ArabicLettersOf(key))
        {
            if (letters is null)
            {
                return [];
            }

            if (letters.Length == 0)
            {
                continue;
            }

            if (letters.Length > 1 && combos.Count < 4)
            {
                combos = [.. combos.SelectMany(b => letters.Select(l => new System.Text.StringBuilder(b.ToString()).Append(l)))];
                continue;
            }

            foreach (var b in combos)
            {
                b.Append(letters[0]);
            }
        }

        var found = new List<string>(combos.Count);
        foreach (var b in combos)
        {
            var single = new System.Text.StringBuilder(b.Length);
            foreach (char c in b.ToString())
            {
                if (single.Length == 0 || single[^1] != c)
                {
                    single.Append(c);
                }
            }

            string skeleton = single.ToString();
            if (skeleton.Length >= minLength && !found.Contains(skeleton, StringComparer.Ordinal))
            {
                found.Add(skeleton);
            }
        }

        return found;
    }

    /// <summary>
    /// Whether the long vowels and semivowels an Arabic-script name writes are in a Latin name of the same consonant
    /// skeleton (<see cref="ArabicSkeletons"/>) at the same places: Arabic leaves short vowels out but writes long ones, so
    /// an alif between two consonants wants an a or e there ("رازح", "Raziḩ"), a waw a u, o or w, a ya an i, e or y ("حيان",
    /// "Hayyan"); where Arabic writes none, any Latin vowel may stand. A word's first alif (a hamza's seat) wants
    /// a vowel of any kind ("أرحب" is Arhab, not Ar Rahbah), the ʿayn and hamza nothing. The adjective "جبلية" ("of the mountains", -iya) is then not the town Jiblah, nor "قريبة"
    /// ("near") the village ʿAqraba. Gaps are compared between the consonants of the skeletons, doubled consonants made
    /// single as <see cref="Skeleton"/> does (the vowels between them joining the gap after); the Latin name keeps its last vowels, not a last h.
    /// </summary>
    public static bool ArabicVowelsAgree(string arabicKey, string latinName)
    {
        if (LatinGaps(NameKey.Of(Marked(latinName))) is not { } latin)
        {
            return false;
        }

        foreach (var (consonants, gaps) in ArabicGaps(arabicKey))
        {
            if (string.Equals(consonants, latin.Consonants, StringComparison.Ordinal) && gaps.Count == latin.Gaps.Count &&
                gaps.Select((wanted, k) => GapsAgree(wanted, latin.Gaps[k])).All(ok => ok))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an Arabic gap's letters and a Latin gap's agree: each long vowel the Arabic writes stands in the Latin; a
    /// long vowel the Latin marks (ā, ī, ū), a y or a w it writes stands in the Arabic (a long vowel, a ya, a waw); an ʿayn or
    /// hamza the Latin marks (ʿ, ʾ, ') is an ʿayn, a hamza or an alif in the Arabic.
    /// </summary>
    private static bool GapsAgree(string arabic, string latin) =>
        arabic.Where(w => w != '2').All(w => latin.Any(c => Satisfies(w, c))) &&
        (!latin.Contains('1', StringComparison.Ordinal) || arabic.Any(w => w is 'a' or 'u' or 'i' or 'v')) &&
        (!latin.Contains('w', StringComparison.Ordinal) || arabic.Contains('u', StringComparison.Ordinal)) &&
        (!latin.Contains('y', StringComparison.Ordinal) || arabic.Contains('i', StringComparison.Ordinal)) &&
        (!latin.Contains('2', StringComparison.Ordinal) || arabic.Any(w => w is '2' or 'a' or 'v'));

    /// <summary>A Latin name with its long vowels (ā, ī, ū, ē, ō) followed by '1' and its ʿayn and hamza marks written '2', before folding strips them.</summary>
    private static string Marked(string name)
    {
        var b = new System.Text.StringBuilder(name.Length + 4);
        foreach (char c in name.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (c == '\u0304')
            {
                b.Append('1');
            }
            else if (c is '\u02BF' or '\u02BE' or '\u2018' or '\u2019' or '\'')
            {
                b.Append('2');
            }
            else
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }

    /// <summary>Whether a Latin letter writes the Arabic long vowel or semivowel class: 'a' (alif), 'u' (waw), 'i' (ya), 'v' (a word's first alif: any vowel).</summary>
    private static bool Satisfies(char wanted, char c) => wanted switch
    {
        'a' => c is 'a' or 'e',
        'u' => c is 'u' or 'o' or 'w',
        'v' => IsVowel(c),
        _ => c is 'i' or 'e' or 'y',
    };

    /// <summary>A folded Latin name as its consonants (<see cref="Skeleton"/>'s) and the vowel letters (a e i o u y w) before, between and after them; null for other letters than a to z.</summary>
    private static (string Consonants, List<string> Gaps)? LatinGaps(string key)
    {
        var consonants = new System.Text.StringBuilder();
        var gaps = new List<string> { "" };
        foreach (var word in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!word.All(c => char.IsAsciiLetterLower(c) || c is '1' or '2'))
            {
                return null;
            }

            string w = word.Length > 1 && word[^1] == 'h' ? word[..^1] : word;
            w = w.Replace("kh", "k", StringComparison.Ordinal).Replace("gh", "g", StringComparison.Ordinal).Replace("sh", "s", StringComparison.Ordinal)
                .Replace("th", "t", StringComparison.Ordinal).Replace("dh", "d", StringComparison.Ordinal).Replace('q', 'k');
            foreach (char c in w)
            {
                Step(consonants, gaps, IsVowel(c) || c is 'y' or 'w' or '1' or '2' ? null : c, c);
            }
        }

        return (consonants.ToString(), gaps);
    }

    /// <summary>
    /// A folded Arabic name's consonants, as <see cref="ArabicSkeletons"/> spells them (each alternative), and the classes
    /// of the long vowels and semivowels it writes before, between and after them ('a', 'u', 'i').
    /// </summary>
    private static List<(string Consonants, List<string> Gaps)> ArabicGaps(string key)
    {
        var found = new List<(string, List<string>)>();
        foreach (int choice in (int[])[0, 1, 2, 3])
        {
            var consonants = new System.Text.StringBuilder();
            var gaps = new List<string> { "" };
            int alternative = 0;
            foreach (var (c, i, letters) in ArabicLettersOf(key))
            {
                if (letters is null)
                {
                    return [];
                }

                if (letters.Length == 0)
                {
                    char wanted = c switch
                    {
                        '\u0627' or '\u0622' => i > 0 ? 'a' : 'v',
                        '\u0648' => 'u',
                        '\u064A' => 'i',
                        '\u0639' or '\u0621' => '2',
                        _ => ' ',
                    };
                    Step(consonants, gaps, null, wanted);
                    continue;
                }

                // The alternatives of the letters that have two (ج, ظ), in the order of the choice's bits.
                char letter = letters.Length > 1 && ((choice >> alternative++) & 1) == 1 ? letters[1] : letters[0];
                Step(consonants, gaps, letter, ' ');
            }

            if (alternative < 2 && choice >= 1 << alternative)
            {
                continue;
            }

            found.Add((consonants.ToString(), gaps));
        }

        return found;
    }

    /// <summary>One letter into a skeleton with gaps: a consonant (doubled ones made single, their gaps joined) or a vowel letter into the last gap.</summary>
    private static void Step(System.Text.StringBuilder consonants, List<string> gaps, char? consonant, char vowel)
    {
        if (consonant is not { } k)
        {
            if (vowel != ' ')
            {
                gaps[^1] += vowel;
            }

            return;
        }

        // The consonant again: one consonant, the vowels around both copies its one gap after it.
        if (consonants.Length > 0 && consonants[^1] == k)
        {
            return;
        }

        consonants.Append(k);
        gaps.Add("");
    }

    /// <summary>
    /// The letters of a folded Arabic-script name, word by word, each with its place in its word and its Latin skeleton
    /// letters (<see cref="ArabicLetter"/>; null for a character that is no Arabic letter); a word's last ه or ح (the
    /// feminine ending, a last h) left out, as Latin's last h is.
    /// </summary>
    private static IEnumerable<(char Letter, int Index, string? Latin)> ArabicLettersOf(string key)
    {
        foreach (var word in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            for (int i = 0; i < word.Length; i++)
            {
                char c = word[i];
                if (i == word.Length - 1 && i > 0 && c is '\u0647' or '\u062D')
                {
                    continue;
                }

                yield return (c, i, ArabicLetter(c));
            }
        }
    }

    /// <summary>The Latin skeleton letters of one folded Arabic letter, alternatives side by side ("jg"); empty for a vowel letter, hamza or ʿayn; null for a character that is no Arabic letter.</summary>
    private static string? ArabicLetter(char c) => c switch
    {
        '\u0628' => "b", '\u062A' or '\u062B' or '\u0637' => "t", '\u062C' => "jg", '\u062D' or '\u0647' => "h", '\u062E' or '\u0642' or '\u0643' => "k",
        '\u062F' or '\u0630' or '\u0636' => "d", '\u0631' => "r", '\u0632' => "z", '\u0633' or '\u0634' or '\u0635' => "s", '\u0638' => "zd",
        '\u063A' or '\u06AF' => "g", '\u0641' => "f", '\u0644' => "l", '\u0645' => "m", '\u0646' => "n", '\u067E' => "p", '\u06A4' => "v",
        '\u0627' or '\u0623' or '\u0625' or '\u0622' or '\u0621' or '\u0624' or '\u0626' or '\u0648' or '\u064A' or '\u0649' or '\u0629' or '\u0639' => "",
        _ => null,
    };

    /// <summary>Gazetteer entries found under any variant of the folded name, each once, in variant order.</summary>
    public static IReadOnlyList<GazetteerEntry> Lookup(IGazetteer gazetteer, string key)
    {
        var found = new List<GazetteerEntry>();
        foreach (var v in Of(key))
        {
            found.AddRange(gazetteer.Lookup(v).Where(e => !found.Contains(e)));
        }

        return found;
    }

    /// <summary>A word's own spelling first, then its variants: vowel digraphs simplified, one diphthong swapped, e or o written as another vowel, q as k (or k as q), a last short vowel dropped, doubled letters made single or a single one doubled, the ending changed, a silent last e left out.</summary>
    public static IReadOnlyList<string> WordVariants(string word)
    {
        var forms = new List<string> { word };
        if (word.Length < MinWordLength || !word.All(char.IsAsciiLetterLower))
        {
            return forms;
        }

        Add(forms, Simplify(word));
        foreach (var f in forms.ToList())
        {
            foreach (var d in Diphthongs)
            {
                int at = f.IndexOf(d, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                foreach (var other in Diphthongs)
                {
                    Add(forms, string.Concat(f.AsSpan(0, at), other, f.AsSpan(at + 2)));
                }
            }
        }

        foreach (var f in forms.ToList())
        {
            Add(forms, Undouble(f));
        }

        // A consonant between vowels written once where another transliteration doubles it (a shadda: "Shadadah",
        // "Shaddadah"): each such consonant of the word as written, one at a time.
        foreach (var f in Doubled(forms[0]))
        {
            Add(forms, f);
        }

        // Vowels and the q that transliterations write otherwise ("Refaat", "Rifaat"; "Tell", "Tall"; "Zouq", "Zouk"),
        // and the short vowel of a last syllable written or left out ("Tamer", "Tamr"): each on the forms so far.
        foreach (var f in forms.ToList())
        {
            Add(forms, f.Replace('e', 'i'));
            Add(forms, f.Replace('e', 'a'));
            Add(forms, f.Replace('o', 'u'));
            Add(forms, f.Contains('q', StringComparison.Ordinal) ? f.Replace('q', 'k') : f.Replace('k', 'q'));
            if (WithoutLastShortVowel(f) is { } shorter)
            {
                Add(forms, shorter);
            }
        }

        foreach (var f in forms.ToList())
        {
            if (StemOfEnding(f) is { } stem)
            {
                foreach (var e in Endings)
                {
                    Add(forms, stem + e);
                }
            }
        }

        // A silent last e after a consonant, which English spellings of Burmese and other names add or leave out
        // ("Mogoke" for Mogok, "Hole" for Hol): the word without it, as written.
        if (word.Length >= 5 && word[^1] == 'e' && !IsVowel(word[^2]) && word[^2] != 'h')
        {
            Add(forms, word[..^1]);
        }

        // A last ʿayn before the feminine ending, which transliterations leave out: the ending written with or without
        // its h after the long vowel ("Khuzaa", "Khuzaah" for Khuzāʿah).
        foreach (var f in forms.ToList())
        {
            if (f.Length >= 5 && f.EndsWith("aa", StringComparison.Ordinal))
            {
                Add(forms, f + "h");
            }
            else if (f.Length >= 6 && f.EndsWith("aah", StringComparison.Ordinal))
            {
                Add(forms, f[..^1]);
            }
        }

        return forms;
    }

    /// <summary>French and English vowel digraphs as Arabic transliteration writes them: "ou"/"oo" = u, "ee" = i, "qu" before a vowel = q.</summary>
    private static string Simplify(string w)
    {
        string s = w.Replace("ou", "u", StringComparison.Ordinal).Replace("oo", "u", StringComparison.Ordinal).Replace("ee", "i", StringComparison.Ordinal);
        var chars = new System.Text.StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            // "qu" + vowel: the u only marks the q (Quamishli = Qamishli).
            if (s[i] == 'u' && i > 0 && s[i - 1] == 'q' && i + 1 < s.Length && IsVowel(s[i + 1]))
            {
                continue;
            }

            chars.Append(s[i]);
        }

        return chars.ToString();
    }

    private static string Undouble(string w)
    {
        var chars = new System.Text.StringBuilder(w.Length);
        foreach (char c in w)
        {
            if (chars.Length > 0 && chars[^1] == c && !IsVowel(c))
            {
                continue;
            }

            chars.Append(c);
        }

        return chars.ToString();
    }

    /// <summary>The word with one single consonant between two vowels doubled, for each such consonant in turn.</summary>
    private static IEnumerable<string> Doubled(string w)
    {
        for (int i = 1; i + 1 < w.Length; i++)
        {
            if (!IsVowel(w[i]) && IsVowel(w[i - 1]) && IsVowel(w[i + 1]))
            {
                yield return string.Concat(w.AsSpan(0, i + 1), w.AsSpan(i));
            }
        }
    }

    /// <summary>The word without its feminine ending (-a, -ah, -e, -eh), when it has one after a consonant; else null.</summary>
    private static string? StemOfEnding(string w)
    {
        int end = w.EndsWith('h') && w.Length > 1 && w[^2] is 'a' or 'e' ? w.Length - 2 : w[^1] is 'a' or 'e' ? w.Length - 1 : -1;
        return end >= 3 && !IsVowel(w[end - 1]) ? w[..end] : null;
    }

    /// <summary>The word without the e or i between its last two consonants ("tamer" → "tamr"), when it has at least four letters; else null.</summary>
    private static string? WithoutLastShortVowel(string w) =>
        w.Length >= 4 && !IsVowel(w[^1]) && w[^1] != 'h' && w[^2] is 'e' or 'i' && !IsVowel(w[^3]) ? string.Concat(w.AsSpan(0, w.Length - 2), w.AsSpan(w.Length - 1)) : null;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static void Add(List<string> forms, string f)
    {
        if (!forms.Contains(f, StringComparer.Ordinal))
        {
            forms.Add(f);
        }
    }
}
