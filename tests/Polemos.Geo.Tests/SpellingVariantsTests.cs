using Polemos.Core;

namespace Polemos.Geo.Tests;

/// <summary>Other transliterations of a name the gazetteer lacks as written (the rules, on in-memory entries).</summary>
public sealed class SpellingVariantsTests
{
    private static IReadOnlyList<string> Variants(string name) => SpellingVariants.Of(NameKey.Of(name));

    [Theory]
    [InlineData("Quamishli", "qamishli")]
    [InlineData("Nassriya", "nasriya")]
    [InlineData("Hasakeh", "hasakah")]
    [InlineData("Mansura", "mansurah")]
    [InlineData("Nabatiye", "nabatiyeh")]
    [InlineData("Deir Hafer", "dayr hafer")]
    [InlineData("Ein Issa", "ayn isa")]
    [InlineData("Kafr Nabboudeh", "kafr nabudah")]
    [InlineData("Shadadah", "shaddadah")]
    [InlineData("Hamidiya", "hammidiyah")]
    [InlineData("Zouq Mikael", "zouk mikael")]
    [InlineData("Tall Refaat", "tal rifaat")]
    [InlineData("Tal Hamer", "tal hamr")]
    [InlineData("Jebel Akhdar", "jabal akhdar")]
    [InlineData("Kobani", "kubani")]
    [InlineData("Ceel Buur", "ceelbuur")]
    [InlineData("Ceel-Dheer", "ceeldheer")]
    [InlineData("Buulo Barde", "buulobarde")]
    [InlineData("Khuzaa", "khuzaah")]
    [InlineData("Khuzaah", "khuzaa")]
    public void A_transliteration_has_the_other_spellings_among_its_variants(string written, string other)
    {
        Assert.Contains(other, Variants(written));
    }

    [Fact]
    public void The_name_itself_short_words_and_other_scripts_are_left_as_written()
    {
        Assert.DoesNotContain("qamishli", Variants("Qamishli"));
        Assert.Empty(Variants("Tal"));
        Assert.Empty(Variants("القامشلي"));
    }

    [Fact]
    public void A_long_name_has_at_most_the_capped_number_of_variants()
    {
        var many = Variants("Deir Hafer Ein Maaloula Kafr Nabboudeh Qousseir");

        Assert.InRange(many.Count, 1, SpellingVariants.MaxVariants);
        Assert.Equal(many.Count, many.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Lookup_finds_the_entry_under_another_spelling_only()
    {
        // Given a gazetteer that knows Qamishli under its usual spelling only
        var gazetteer = new TsvGazetteer();
        var qamishli = new GazetteerEntry(1, "Qamishli", 37.05, 41.22, "SY", FeatureKind.City) { Admin1 = "Al-Hasakeh", Population = 184_231 };
        gazetteer.Add(qamishli, []);

        // When a French-style spelling is looked up: no exact entry, one through its variants
        Assert.Empty(gazetteer.Lookup(NameKey.Of("Quamishli")));
        Assert.Same(qamishli, Assert.Single(SpellingVariants.Lookup(gazetteer, NameKey.Of("Quamishli"))));

        // And an unrelated name finds nothing
        Assert.Empty(SpellingVariants.Lookup(gazetteer, NameKey.Of("Hamidiyeh")));
    }

    [Fact]
    public void A_spelling_guess_far_from_every_province_the_report_names_is_no_place()
    {
        // Given a province the report names and a village far outside it, whose name another spelling of a word finds
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "Al-Hasakeh", 36.50, 40.75, "SY", FeatureKind.Admin1) { Admin1 = "Al-Hasakeh" }, []);
        var far = new GazetteerEntry(2, "Hula", 34.89, 36.52, "SY", FeatureKind.Village) { Admin1 = "Homs" };
        gazetteer.Add(far, []);
        var near = new GazetteerEntry(3, "Tal Hamr", 36.60, 40.50, "SY", FeatureKind.Village) { Admin1 = "Al-Hasakeh" };
        gazetteer.Add(near, []);

        // When unknown names that only other spellings find are geocoded beside that province
        var document = CountryVoteTests.Read("Guards searched tents in Hole camp and in Tal Hamer in Al-Hasakeh.", "Al-Hasakeh");
        document.Context.CountryCode = "SY";
        foreach (var name in new[] { "Hole", "Tal Hamer" })
        {
            int at = document.Text.IndexOf(name, StringComparison.Ordinal);
            document.Mentions.Add(new PlaceMention(new TextSpan(at, at + name.Length), name) { Unknown = true });
        }

        new GeocodeStage(gazetteer).Run(document);

        // Then the far village is not taken, and the one inside the province is
        Assert.Null(document.MentionsOf<PlaceMention>().Single(p => p.Name == "Hole").Entry);
        Assert.Same(near, document.MentionsOf<PlaceMention>().Single(p => p.Name == "Tal Hamer").Entry);
    }

    [Theory]
    [InlineData("Jurniyeh", "Al Jarniyah")]
    [InlineData("Svitlodarsk", "Svetlodarsk")]
    [InlineData("Bulo Burto", "Bulo Burte")]
    [InlineData("Qarabagh", "Qarah Bagh")]
    public void Two_transliterations_of_one_name_share_a_consonant_skeleton(string written, string gazetteer)
    {
        // Given a name as a report writes it and as the gazetteer does, whose vowels, endings and spaces differ
        string? a = SpellingVariants.Skeleton(NameKey.Of(written)), b = SpellingVariants.Skeleton(NameKey.Of(gazetteer));

        // Then both have the same consonant skeleton
        Assert.NotNull(a);
        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData("نهم", "Nihm")]
    [InlineData("رازح", "Rāziḩ")]
    [InlineData("كفرحمرة", "Kafr Hamrah")]
    [InlineData("ذمار", "Dhamar")]
    [InlineData("الضالع", "Ad Dali")]
    [InlineData("غيل باوزير", "Ghayl Ba Wazir")]
    [InlineData("الجميلية", "Gamiliya")]
    public void An_arabic_name_has_the_consonant_skeleton_of_its_latin_spelling(string arabic, string latin)
    {
        // Given a name in Arabic letters and its Latin transliteration as the gazetteer writes it
        var skeletons = SpellingVariants.ArabicSkeletons(NameKey.Of(arabic), SpellingVariants.MinDistrictSkeletonLength);

        // Then one of the Arabic name's skeletons is the Latin name's
        Assert.Contains(SpellingVariants.Skeleton(NameKey.Of(latin), SpellingVariants.MinDistrictSkeletonLength), skeletons);
    }

    [Theory]
    [InlineData("نهم", "Nihm")]
    [InlineData("رازح", "Rāziḩ")]
    [InlineData("أرحب", "Arhab")]
    [InlineData("كفرحمرة", "Kafr Hamrah")]
    [InlineData("خولان", "Khawlān")]
    [InlineData("حيان", "Hayyan")]
    [InlineData("الجميلية", "Gamiliya")]
    [InlineData("درعا", "Daraa")]
    public void An_arabic_name_s_long_vowels_stand_in_its_latin_spelling(string arabic, string latin)
    {
        // Given a name in Arabic letters and its Latin transliteration
        // Then the long vowels the Arabic writes stand between the same consonants in the Latin name
        Assert.True(SpellingVariants.ArabicVowelsAgree(NameKey.Of(arabic), latin));
    }

    [Theory]
    [InlineData("جبلية", "Jiblah")]
    [InlineData("قريبة", "ʿAqrabā")]
    [InlineData("ساحلية", "Ash Shāhil")]
    [InlineData("سكنية", "Al Sukhnah")]
    [InlineData("أرحب", "Ar Rahbah")]
    [InlineData("حرب", "Ḩarīb")]
    [InlineData("مصرع", "Maswarah")]
    [InlineData("قرب", "‘Aqrabā")]
    public void An_arabic_adjective_is_not_a_latin_name_of_its_consonants_with_other_vowels(string arabic, string latin)
    {
        // Given an Arabic adjective ("جبلية", of the mountains) and a place whose Latin name has the same consonants
        // Then the adjective's long vowels are not where the name has its vowels: no match
        Assert.False(SpellingVariants.ArabicVowelsAgree(NameKey.Of(arabic), latin));
    }

    [Theory]
    [InlineData("نهم2")]
    [InlineData("Nihm")]
    [InlineData("عين")]
    public void A_name_with_other_letters_or_a_short_skeleton_has_no_arabic_skeleton(string name)
    {
        // Given a name with a letter that is no Arabic one, or whose consonants are fewer than three
        // Then it has no skeleton to match a Latin one
        Assert.Empty(SpellingVariants.ArabicSkeletons(NameKey.Of(name)));
    }

    [Theory]
    [InlineData("Hole")]
    [InlineData("Ain")]
    [InlineData("Донецьк")]
    public void A_short_skeleton_or_another_script_gives_none(string name)
    {
        // Given a name of fewer than three consonants, or written in another script than Latin letters
        // Then it has no skeleton to match
        Assert.Null(SpellingVariants.Skeleton(NameKey.Of(name)));
    }

    [Theory]
    [InlineData("mogoke", "mogok")]
    [InlineData("kyaukse", "kyauks")]
    public void A_silent_last_e_after_a_consonant_is_also_left_out(string word, string without)
    {
        // Given a word of five letters or more that ends in a consonant and an e ("Mogoke", written so for Mogok)
        // Then the word without its last e is among its variants
        Assert.Contains(without, SpellingVariants.WordVariants(word));
    }

    [Theory]
    [InlineData("hole", "hol")]
    [InlineData("sheikhe", "sheikh")]
    public void A_short_word_or_an_e_after_h_keeps_its_last_e(string word, string without)
    {
        // Given a word of four letters, or one whose e follows an h (the feminine ending "-eh" written backwards is no silent e)
        // Then no variant drops the e
        Assert.DoesNotContain(without, SpellingVariants.WordVariants(word));
    }
}
