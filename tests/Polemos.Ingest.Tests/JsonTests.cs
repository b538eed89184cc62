using Polemos.Core;

namespace Polemos.Ingest.Tests;

public sealed class JsonTests : TempFolder
{
    [Fact]
    public void A_json_line_gives_every_field_and_the_title_becomes_the_first_line()
    {
        // Given
        string path = Write("feed.jsonl",
            """{"id":"a1","url":"https://example.org/a1","title":"Clashes in Hajin","text":"SDF fighters clashed with ISIS.","published":"2018-12-14","language":"en","publisher":"Example News"}""" + "\n");

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Equal("a1", article.Id);
        Assert.Equal("Clashes in Hajin\n\nSDF fighters clashed with ISIS.", article.Text);
        Assert.Equal("Clashes in Hajin", article.Meta.Title);
        Assert.Equal("https://example.org/a1", article.Meta.Url);
        Assert.Equal("Example News", article.Meta.Publisher);
        Assert.Equal(new DateOnly(2018, 12, 14), article.Meta.Published);
        Assert.Equal("en", article.Meta.DeclaredLanguage);
        Assert.Empty(Problems);
    }

    [Fact]
    public void Json_lines_without_ids_are_named_after_the_file_and_line()
    {
        // Given
        string path = Write("batch.jsonl", "{\"text\":\"One.\"}\n\n{\"text\":\"Three.\"}\n");

        // When
        var articles = Read(path);

        // Then
        Assert.Equal(["batch:1", "batch:3"], articles.Select(a => a.Id));
        Assert.Equal(["One.", "Three."], articles.Select(a => a.Text));
    }

    [Fact]
    public void A_bad_line_3_is_reported_with_its_number_and_lines_1_2_and_4_are_kept()
    {
        // Given
        string path = Write("news.jsonl", string.Join('\n',
            """{"id":"l1","text":"Line one."}""",
            """{"id":"l2","text":"Line two."}""",
            """{"id":"l3","text":"Line three.""",
            """{"id":"l4","text":"Line four."}"""));

        // When
        var articles = Read(path);

        // Then
        Assert.Equal(["l1", "l2", "l4"], articles.Select(a => a.Id));
        var problem = Assert.Single(Problems);
        Assert.Equal(3, problem.Line);
        Assert.Equal(ErrorCode.InputMalformed, problem.Code);
        Assert.Equal(path, problem.Source);
        Assert.DoesNotContain('\n', problem.OneLine);
    }

    [Fact]
    public void A_json_line_without_text_or_with_empty_text_is_a_problem_and_the_others_go_on()
    {
        // Given
        string path = Write("gaps.jsonl", string.Join("\r\n",
            """{"id":"ok","text":"Shelling in Idlib."}""",
            """{"id":"no-text","title":"Only a title"}""",
            """{"id":"empty","text":"   "}""",
            """["not","an","object"]"""));

        // When
        var articles = Read(path);

        // Then
        Assert.Equal("ok", Assert.Single(articles).Id);
        Assert.Equal([2, 3, 4], Problems.Select(p => p.Line));
        Assert.Equal([ErrorCode.InputMalformed, ErrorCode.InputEmpty, ErrorCode.InputMalformed], Problems.Select(p => p.Code));
    }

    [Fact]
    public void Json_lines_where_no_line_is_good_are_refused_as_malformed()
    {
        // Given
        string path = Write("broken.jsonl", "{\"text\": \n{oops}\n{\"title\":\"no text\"}\n");

        // When
        var error = Refused(path);

        // Then
        Assert.Equal(ErrorCode.InputMalformed, error.Code);
        Assert.Contains("broken.jsonl", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, Problems.Count);
    }

    [Fact]
    public void A_malformed_date_is_a_problem_for_its_line_and_the_article_goes_on_with_the_reference_date()
    {
        // Given
        string path = Write("dates.jsonl", "{\"id\":\"x\",\"text\":\"Raid on Baghuz.\",\"published\":\"24/01/2019\"}\n{\"id\":\"y\",\"text\":\"Calm.\"}\n");
        var options = new ReaderOptions { Published = new DateOnly(2019, 2, 1) };

        // When
        var articles = Read(path, options);

        // Then
        Assert.Equal(2, articles.Count);
        Assert.Equal(new DateOnly(2019, 2, 1), articles[0].Meta.Published);
        var problem = Assert.Single(Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("24/01/2019", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2019-01-24", 2019, 1, 24)]
    [InlineData("2019-01-24T23:30:00Z", 2019, 1, 24)]
    [InlineData("2019-01-24T23:30:00.123+03:00", 2019, 1, 24)]
    [InlineData("2019-01-24 08:15", 2019, 1, 24)]
    public void Published_accepts_dates_and_iso_8601_timestamps_and_keeps_the_date_as_written(string value, int y, int m, int d)
    {
        // Given
        string path = Write("stamp.jsonl", $$"""{"text":"Report.","published":"{{value}}"}""");

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Equal(new DateOnly(y, m, d), article.Meta.Published);
        Assert.Empty(Problems);
    }

    [Fact]
    public void The_article_date_wins_over_the_reference_date()
    {
        // Given
        string path = Write("own.jsonl", """{"text":"Report.","published":"2020-05-01"}""");

        // When
        var article = Assert.Single(Read(path, new ReaderOptions { Published = new DateOnly(2019, 1, 1) }));

        // Then
        Assert.Equal(new DateOnly(2020, 5, 1), article.Meta.Published);
    }

    [Fact]
    public void A_single_compact_object_is_named_after_the_file()
    {
        // Given
        string path = Write("one.json", """{"text":"A car bomb exploded in Azaz."}""");

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Equal("one", article.Id);
        Assert.Equal("A car bomb exploded in Azaz.", article.Text);
    }

    [Fact]
    public void A_pretty_printed_gold_file_is_one_article_with_its_id_date_and_language()
    {
        // Given
        string path = Write("deir-ezzor-2019.gold.json", """
            {
             "id": "deir-ezzor-2019.it",
             "language": "it",
             "published": "2019-01-24",
             "published_note": "a note",
             "text": "Le SDF avanzano verso Arqoub, vicino al confine.",
             "events": [ { "event_type": "Battles" } ],
             "must_not": []
            }
            """);

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Equal("deir-ezzor-2019.it", article.Id);
        Assert.Equal("Le SDF avanzano verso Arqoub, vicino al confine.", article.Text);
        Assert.Equal(new DateOnly(2019, 1, 24), article.Meta.Published);
        Assert.Equal("it", article.Meta.DeclaredLanguage);
    }

    [Fact]
    public void A_json_array_gives_one_article_per_object_and_reports_the_bad_items()
    {
        // Given
        string path = Write("list.json", """
            [
              { "id": "first", "text": "Clashes in Daraa." },
              { "title": "no text" },
              { "text": "Protest in Sweida." }
            ]
            """);

        // When
        var articles = Read(path);

        // Then
        Assert.Equal(["first", "list:3"], articles.Select(a => a.Id));
        Assert.Contains("item 2", Assert.Single(Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_file_that_does_not_parse_is_refused_with_one_line()
    {
        // Given
        string path = Write("bad.json", "{\n  \"text\": \"unterminated\n}\n");

        // When
        var error = Refused(path);

        // Then
        Assert.Equal(ErrorCode.InputMalformed, error.Code);
        Assert.DoesNotContain('\n', error.OneLine);
        Assert.StartsWith("error PLM016: ", error.OneLine, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_object_without_text_is_refused()
    {
        // Given
        string path = Write("notext.json", "{\n  \"id\": \"x\",\n  \"title\": \"t\"\n}");

        // When
        var error = Refused(path);

        // Then
        Assert.Equal(ErrorCode.InputMalformed, error.Code);
        Assert.Contains("\"text\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_jsonl_extension_keeps_json_lines_even_when_the_first_line_is_broken()
    {
        // Given
        string path = Write("first-bad.jsonl", "{\"text\": \"cut off\n{\"id\":\"b\",\"text\":\"Fine.\"}\n");

        // When
        var articles = Read(path);

        // Then
        Assert.Equal("b", Assert.Single(articles).Id);
        Assert.Equal(1, Assert.Single(Problems).Line);
    }

    [Fact]
    public void Json_lines_on_standard_input_are_named_stdin_and_line()
    {
        // Given
        using var stdin = new MemoryStream("{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n"u8.ToArray());

        // When
        var articles = ArticleSource.Read(stdin, "stdin", new ReaderOptions(), Problems.Add).ToList();

        // Then
        Assert.Equal(["stdin:1", "stdin:2"], articles.Select(a => a.Id));
    }

    [Fact]
    public void Json_lines_are_streamed_so_an_article_arrives_before_a_later_line_is_read()
    {
        // Given
        string path = Write("stream.jsonl", "{\"id\":\"a\",\"text\":\"First.\"}\n{\"id\":\"b\",\"text\":\"Second.\"}\n{bad\n");

        // When
        using var e = ArticleSource.Read(path, new ReaderOptions(), Problems.Add).GetEnumerator();
        Assert.True(e.MoveNext());

        // Then
        Assert.Equal("a", e.Current.Id);
        Assert.Empty(Problems);
    }
}
