using Polemos.Core;

namespace Polemos.Geo.Tests;

/// <summary>How the engine picks between the pack and the TSV files of a gazetteer folder.</summary>
public class GazetteerFolderTests : TempFolder
{
    [Fact]
    public void A_folder_without_a_pack_is_read_from_its_tsv_files()
    {
        CopySources();
        Assert.IsType<TsvGazetteer>(GazetteerPack.Open(Folder));
    }

    [Fact]
    public void A_current_pack_is_used()
    {
        // Given the TSV files and a pack compiled from them
        CopySources();
        WritePack(GazetteerPack.Build(Folder));

        // When the folder is opened, Then the pack answers
        var gazetteer = GazetteerPack.Open(Folder);
        Assert.IsType<PackGazetteer>(gazetteer);
        Assert.NotEmpty(gazetteer.Lookup("aleppo"));
    }

    [Fact]
    public void A_pack_older_than_its_tsv_files_is_ignored()
    {
        // Given a pack, and then a place added to the supplement
        CopySources();
        WritePack(GazetteerPack.Build(Folder));
        string supplement = Path.Combine(Folder, "supplement.tsv");
        string header = File.ReadLines(supplement).First();
        var columns = header.Split('\t');
        string row = string.Join('\t', columns.Select(c => c switch
        {
            "id" => "9000000999",
            "name" => "Testville",
            "lat" => "35.0000",
            "lon" => "40.0000",
            "iso2" => "SY",
            "kind" => "Village",
            "population" => "0",
            "source" => "test",
            _ => "",
        }));
        File.AppendAllText(supplement, row + "\n");

        // When the folder is opened, Then the TSV files are read, and the new place is found
        var gazetteer = GazetteerPack.Open(Folder);
        Assert.IsType<TsvGazetteer>(gazetteer);
        Assert.NotEmpty(gazetteer.Lookup("testville"));
    }

    [Fact]
    public void A_pack_of_another_format_version_is_ignored_when_the_tsv_files_are_there()
    {
        // Given the TSV files and a pack of format version 99
        CopySources();
        byte[] pack = GazetteerPack.Build(Folder);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(pack.AsSpan(8), 99);
        WritePack(pack);

        // When the folder is opened, Then the TSV files are read
        Assert.IsType<TsvGazetteer>(GazetteerPack.Open(Folder));
    }

    [Fact]
    public void A_pack_alone_is_used_without_its_tsv_files()
    {
        WritePack(GazetteerData.PackBytes);
        Assert.IsType<PackGazetteer>(GazetteerPack.Open(Folder));
    }

    [Fact]
    public void A_corrupt_pack_is_an_error_not_a_silent_fallback()
    {
        // Given the TSV files and a pack with a flipped byte
        CopySources();
        byte[] pack = GazetteerPack.Build(Folder);
        pack[^10] ^= 1;
        WritePack(pack);

        // When the folder is opened, Then the user is told
        AssertInvalid(() => GazetteerPack.Open(Folder));
    }

    [Fact]
    public void A_pack_with_an_unknown_version_and_no_tsv_files_is_refused()
    {
        byte[] pack = (byte[])GazetteerData.PackBytes.Clone();
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(pack.AsSpan(8), 2);
        WritePack(pack);
        var e = AssertInvalid(() => GazetteerPack.Open(Folder));
        Assert.Contains("version 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_compiled_by_other_folding_code_is_ignored_when_the_tsv_files_are_there()
    {
        // Given the TSV files and a pack whose folding fingerprint is not this build's
        CopySources();
        byte[] pack = GazetteerPack.Build(Folder);
        pack.AsSpan(96, 32).Fill(0x5A);
        WritePack(pack);

        // When the folder is opened, Then the TSV files are read, because the pack's keys may not be this build's keys
        Assert.IsType<TsvGazetteer>(GazetteerPack.Open(Folder));
    }

    [Fact]
    public void A_pack_compiled_by_other_folding_code_and_no_tsv_files_is_refused()
    {
        byte[] pack = (byte[])GazetteerData.PackBytes.Clone();
        pack.AsSpan(96, 32).Fill(0x5A);
        WritePack(pack);
        var e = AssertInvalid(() => GazetteerPack.Open(Folder));
        Assert.Contains("folding", e.Message, StringComparison.Ordinal);
    }
}
