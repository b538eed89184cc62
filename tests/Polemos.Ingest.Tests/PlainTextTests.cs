using System.Text;
using Polemos.Core;

namespace Polemos.Ingest.Tests;

public sealed class PlainTextTests : TempFolder
{
    [Fact]
    public void A_plain_text_file_is_one_article_named_after_the_file_with_its_first_line_kept()
    {
        // Given
        string path = Write("deir-ezzor-2019.it.txt", "Siria, nuovi scontri lungo l'Eufrate\n\nLe SDF avanzano a Baghuz.\n");

        // When
        var articles = Read(path);

        // Then
        var article = Assert.Single(articles);
        Assert.Equal("deir-ezzor-2019.it", article.Id);
        Assert.Equal("Siria, nuovi scontri lungo l'Eufrate\n\nLe SDF avanzano a Baghuz.\n", article.Text);
        Assert.Null(article.Meta.Title);
        Assert.Empty(Problems);
    }

    [Fact]
    public void A_plain_text_file_takes_the_reference_date_and_language_from_the_options()
    {
        // Given
        string path = Write("report.txt", "Clashes were reported near Hajin.");
        var options = new ReaderOptions { Published = new DateOnly(2019, 1, 24), Language = "en" };

        // When
        var article = Assert.Single(Read(path, options));

        // Then
        Assert.Equal(new DateOnly(2019, 1, 24), article.Meta.Published);
        Assert.Equal("en", article.Meta.DeclaredLanguage);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_stripped()
    {
        // Given
        string path = WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Città di Raqqa")]);

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Equal("Città di Raqqa", article.Text);
        Assert.Empty(Problems);
    }

    [Fact]
    public void A_text_that_starts_with_a_brace_but_is_not_json_stays_plain_text_unless_named_json()
    {
        // Given
        string path = Write("notes.txt", "{draft} Shelling in Idlib.\nMore later.");

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Equal("{draft} Shelling in Idlib.\nMore later.", article.Text);
    }

    [Fact]
    public void A_text_that_opens_with_an_angle_bracketed_name_is_not_mistaken_for_html()
    {
        // Given
        string path = Write("wire.txt", "<Reuters> Clashes erupted in Idlib <updated>\nTwo killed.");

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Equal("<Reuters> Clashes erupted in Idlib <updated>\nTwo killed.", article.Text);
    }

    [Fact]
    public void A_problem_reads_as_one_line_with_its_code_source_and_line()
    {
        // Given
        var problem = new InputProblem("news.jsonl", 3, ErrorCode.InputMalformed, "not a valid JSON object,\nline skipped");

        // When
        string line = problem.OneLine;

        // Then
        Assert.Equal("warning PLM016: news.jsonl:3: not a valid JSON object, line skipped", line);
    }

    [Fact]
    public void Standard_input_is_read_from_the_stream_and_named_stdin()
    {
        // Given
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes("Airstrike on Maarat al-Numan."));

        // When
        var articles = ArticleSource.Read(stdin, "stdin", new ReaderOptions(), Problems.Add).ToList();

        // Then
        var article = Assert.Single(articles);
        Assert.Equal("stdin", article.Id);
        Assert.Equal("Airstrike on Maarat al-Numan.", article.Text);
    }
}
