using System.Diagnostics;
using System.Text;
using Polemos.Core;

namespace Polemos.Ingest.Tests;

public sealed class BadInputTests : TempFolder
{
    [Fact]
    public void A_missing_file_is_refused_as_missing()
    {
        // Given
        string path = Path.Combine(Folder, "nowhere.txt");

        // When
        var error = Refused(path);

        // Then
        Assert.Equal(ErrorCode.InputMissing, error.Code);
        Assert.Contains("nowhere.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_refused_when_read_is_called_not_later()
    {
        // Given
        string path = Path.Combine(Folder, "nowhere.jsonl");

        // When
        var error = Assert.Throws<PolemosException>(() => ArticleSource.Read(path, new ReaderOptions(), Problems.Add));

        // Then
        Assert.Equal(ErrorCode.InputMissing, error.Code);
    }

    [Fact]
    public void A_directory_is_refused_as_a_directory()
    {
        // Given
        string path = Directory.CreateDirectory(Path.Combine(Folder, "articles")).FullName;

        // When
        var error = Refused(path);

        // Then
        Assert.Equal(ErrorCode.InputIsDirectory, error.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\r\n   \n")]
    public void An_empty_or_white_space_file_is_refused_as_empty(string content)
    {
        // Given
        string path = Write("empty.txt", content);

        // When
        var error = Refused(path);

        // Then
        Assert.Equal(ErrorCode.InputEmpty, error.Code);
    }

    [Fact]
    public void A_file_with_nul_bytes_is_refused_as_binary()
    {
        // Given
        byte[] junk = new byte[4096];
        new Random(7).NextBytes(junk);
        junk[100] = 0;
        string path = WriteBytes("photo.txt", junk);

        // When
        var error = Refused(path);

        // Then
        Assert.Equal(ErrorCode.InputBinary, error.Code);
        Assert.DoesNotContain('\n', error.OneLine);
    }

    [Fact]
    public void A_file_mostly_of_control_characters_is_refused_as_binary()
    {
        // Given
        byte[] bytes = Enumerable.Range(0, 2000).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        string path = WriteBytes("controls.txt", bytes);

        // When
        var error = Refused(path);

        // Then
        Assert.Equal(ErrorCode.InputBinary, error.Code);
    }

    [Fact]
    public void A_latin1_file_is_read_as_windows_1252_and_the_user_is_told()
    {
        // Given: "Città – “Idlib”" in Windows-1252, with a curly-quoted name and an en dash
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Bombardamento\nCitt"), 0xE0, 0x20, 0x96, 0x20, 0x93, .. Encoding.ASCII.GetBytes("Idlib"), 0x94];
        string path = WriteBytes("vecchio.txt", bytes);

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Equal("Bombardamento\nCittà – “Idlib”", article.Text);
        var problem = Assert.Single(Problems);
        Assert.Equal(ErrorCode.InputEncoding, problem.Code);
        Assert.Equal(2, problem.Line);
        Assert.Contains("Windows-1252", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf8_file_with_one_corrupt_byte_stays_utf8_with_a_replacement_character()
    {
        // Given
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Città di Raqqa, “Tabqa” è vicina\n"), 0xFF, .. Encoding.UTF8.GetBytes("ok")];
        string path = WriteBytes("corrupt.txt", bytes);

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Equal("Città di Raqqa, “Tabqa” è vicina\n\uFFFDok", article.Text);
        var problem = Assert.Single(Problems);
        Assert.Equal(ErrorCode.InputEncoding, problem.Code);
        Assert.Equal(2, problem.Line);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_utf16_file_with_a_byte_order_mark_is_decoded(bool bigEndian)
    {
        // Given
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        string path = WriteBytes("utf16.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("Raid su Ma’arrat al-Nu’man")]);

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Equal("Raid su Ma’arrat al-Nu’man", article.Text);
        Assert.Empty(Problems);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_by_its_length()
    {
        // Given
        string path = Write("big.txt", new string('a', 1001));

        // When
        var error = Refused(path, new ReaderOptions { MaxBytes = 1000 });

        // Then
        Assert.Equal(ErrorCode.InputTooLarge, error.Code);
        Assert.Contains("big.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_just_under_the_limit_is_read_whole()
    {
        // Given: a 49 KB file against a 50 KB limit stands in for 49 MB against 50 MB
        var line = "Clashes continued near Hajin on the eastern bank of the Euphrates.\n";
        var text = new StringBuilder();
        while (text.Length + line.Length <= 49 * 1024)
        {
            text.Append(line);
        }

        string path = Write("long.txt", text.ToString());

        // When
        var article = Assert.Single(Read(path, new ReaderOptions { MaxBytes = 50 * 1024 }));

        // Then
        Assert.Equal(text.ToString(), article.Text);
    }

    [Fact]
    public void A_file_of_exactly_the_limit_is_accepted()
    {
        // Given
        string path = Write("exact.txt", new string('b', 1000));

        // When
        var article = Assert.Single(Read(path, new ReaderOptions { MaxBytes = 1000 }));

        // Then
        Assert.Equal(1000, article.Text.Length);
    }

    [Fact]
    public void A_real_51_mb_file_is_refused_quickly_under_the_default_limit()
    {
        // Given
        string path = Path.Combine(Folder, "huge.txt");
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            file.SetLength(51L * 1024 * 1024);
        }

        var clock = Stopwatch.StartNew();

        // When
        var error = Refused(path);

        // Then
        Assert.Equal(ErrorCode.InputTooLarge, error.Code);
        Assert.Contains("51 MB", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void An_endless_standard_input_is_refused_after_reading_just_past_the_limit()
    {
        // Given
        using var endless = new EndlessText();

        // When
        var error = Assert.Throws<PolemosException>(
            () => ArticleSource.Read(endless, "stdin", new ReaderOptions { MaxBytes = 100_000 }, Problems.Add).ToList());

        // Then
        Assert.Equal(ErrorCode.InputTooLarge, error.Code);
        Assert.InRange(endless.Served, 100_001, 100_000 + 81_920);
    }

    [Fact]
    public void An_empty_standard_input_is_refused_as_empty()
    {
        // Given
        using var stdin = new MemoryStream();

        // When
        var error = Assert.Throws<PolemosException>(() => ArticleSource.Read(stdin, "stdin", new ReaderOptions(), Problems.Add));

        // Then
        Assert.Equal(ErrorCode.InputEmpty, error.Code);
        Assert.Equal("error PLM012: stdin is empty", error.OneLine);
    }

    /// <summary>A stream that never ends and cannot seek, like a pipe from <c>yes</c>.</summary>
    private sealed class EndlessText : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'y');
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
