using Polemos.Core;

namespace Polemos.Ingest.Tests;

public sealed class HtmlTests : TempFolder
{
    private const string Body =
        "Syrian Democratic Forces captured the village of Baghuz Fawqani on Saturday after days of heavy fighting with "
        + "Islamic State militants, a spokesman said. Coalition aircraft struck positions along the Euphrates river while "
        + "ground units advanced from the north. At least twelve fighters were killed in the clashes, according to the "
        + "Syrian Observatory for Human Rights, which relies on a network of sources on the ground.";

    private const string Body2 =
        "The offensive, launched in September, aims to end the group's territorial control in eastern Syria. Thousands of "
        + "civilians have fled the area in recent weeks, many of them arriving at camps further north where aid agencies "
        + "warn that conditions are dire and supplies are running short as winter sets in across the region.";

    private static string Page(string extraHead = "", string extraBody = "") => $$"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>SDF take Baghuz Fawqani | Example News</title>
          <meta property="og:title" content="SDF take Baghuz Fawqani">
          <meta property="og:site_name" content="Example News">
          <meta property="article:published_time" content="2019-01-26T09:12:00+02:00">
          <link rel="canonical" href="https://news.example.org/baghuz">
          <style>.menu { color: red; } body { font-family: serif; }</style>
          {{extraHead}}
        </head>
        <body>
          <header><div class="logo">Example News</div></header>
          <nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World Section</a></li><li><a href="/sport">Sport Pages</a></li></ul></nav>
          <main>
            <article>
              <h1>SDF take Baghuz Fawqani</h1>
              <p>{{Body}}</p>
              <p>{{Body2}}</p>
            </article>
          </main>
          <aside>Most read: Celebrity wedding photos</aside>
          <footer>Copyright Example News Subscribe to our newsletter</footer>
          {{extraBody}}
        </body>
        </html>
        """;

    [Fact]
    public void The_article_body_is_kept_and_the_navigation_menu_is_not()
    {
        // Given
        string path = Write("baghuz.html", Page());

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Contains("captured the village of Baghuz Fawqani", article.Text, StringComparison.Ordinal);
        Assert.Contains("The offensive, launched in September", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("World Section", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sport Pages", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Celebrity wedding", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe to our newsletter", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_comes_first_then_a_blank_line_and_the_metadata_comes_from_the_head()
    {
        // Given
        string path = Write("baghuz.html", Page());

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Equal("baghuz", article.Id);
        Assert.StartsWith("SDF take Baghuz Fawqani\n\n", article.Text, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(article.Text, "SDF take Baghuz Fawqani"));
        Assert.Equal("SDF take Baghuz Fawqani", article.Meta.Title);
        Assert.Equal(new DateOnly(2019, 1, 26), article.Meta.Published);
        Assert.Equal("en", article.Meta.DeclaredLanguage);
        Assert.Equal("https://news.example.org/baghuz", article.Meta.Url);
        Assert.Equal("Example News", article.Meta.Publisher);
    }

    [Fact]
    public void Script_and_style_content_is_not_in_the_output()
    {
        // Given
        string script = "<script>var trackingSecret = 'ScriptPayload'; document.write('InjectedByScript');</script>"
            + "<script type=\"application/json\">{\"ad\":\"JsonAdPayload\"}</script>";
        string path = Write("scripted.htm", Page(extraHead: script, extraBody: script));

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Contains("captured the village of Baghuz Fawqani", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ScriptPayload", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("InjectedByScript", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("JsonAdPayload", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("font-family", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_page_falls_back_to_the_body_text_without_the_chrome()
    {
        // Given
        string path = Write("short.html",
            "<html><head><title>Brief</title></head><body><nav>Home | Menu Link</nav><div>Two rockets hit Kafr Nabl.</div>"
            + "<footer>Contact us</footer><script>alert('x')</script></body></html>");

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Equal("Brief\n\nTwo rockets hit Kafr Nabl.", article.Text);
    }

    [Fact]
    public void Broken_html_still_gives_its_text()
    {
        // Given
        string path = Write("broken.html",
            "<html><body><div><p>Shelling on <b>Ariha <i>killed three</p><p>civilians, medics said.<table><tr><td>cell");

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Contains("Shelling on Ariha killed three", article.Text, StringComparison.Ordinal);
        Assert.Contains("civilians, medics said.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_publication_date_can_come_from_a_time_element()
    {
        // Given
        string path = Write("timed.html",
            "<html><body><article><time datetime=\"2020-05-03\">3 May</time><p>Clashes in Ain Issa.</p></article></body></html>");

        // When
        var article = Assert.Single(Read(path, new ReaderOptions { Published = new DateOnly(2001, 1, 1) }));

        // Then
        Assert.Equal(new DateOnly(2020, 5, 3), article.Meta.Published);
        Assert.Contains("Clashes in Ain Issa.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_publication_date_can_come_from_json_ld()
    {
        // Given
        string path = Write("linked.html",
            "<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-03-23T08:00:00Z\"}]}</script>"
            + "</head><body><p>Baghuz fell.</p></body></html>");

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Equal(new DateOnly(2019, 3, 23), article.Meta.Published);
    }

    [Fact]
    public void Without_og_title_the_headline_in_h1_is_the_title_when_the_page_title_adds_the_site_name()
    {
        // Given
        string path = Write("titled.html",
            "<html><head><title>Raid on Azaz | Example News</title></head><body><h1>Raid on Azaz</h1><p>Jets struck Azaz at dawn.</p></body></html>");

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Equal("Raid on Azaz", article.Meta.Title);
        Assert.Equal("Raid on Azaz\n\nJets struck Azaz at dawn.", article.Text);
    }

    [Fact]
    public void A_page_without_a_date_takes_the_reference_date()
    {
        // Given
        string path = Write("undated.html", "<html><body><p>Clashes in Ain Issa.</p></body></html>");

        // When
        var article = Assert.Single(Read(path, new ReaderOptions { Published = new DateOnly(2019, 1, 24) }));

        // Then
        Assert.Equal(new DateOnly(2019, 1, 24), article.Meta.Published);
    }

    [Fact]
    public void Html_is_recognised_by_its_content_whatever_the_extension()
    {
        // Given
        string path = Write("saved-page.txt", "<!doctype html><html><body><p>Protest in Daraa al-Balad.</p><script>x()</script></body></html>");

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Equal("Protest in Daraa al-Balad.", article.Text);
    }

    [Fact]
    public void An_html_page_with_no_text_is_refused_as_empty()
    {
        // Given
        string path = Write("blank.html",
            "<html><head><title></title><script>var a = 'only script';</script></head><body><nav>Menu</nav><img src=x></body></html>");

        // When
        var error = Refused(path);

        // Then
        Assert.Equal(ErrorCode.InputEmpty, error.Code);
        Assert.Contains("blank.html", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_nested_absurdly_deep_is_stripped_of_tags_quickly_instead_of_parsed()
    {
        // Given: 100,000 unclosed elements, which would take the parser minutes
        string path = Write("deep.html", "<html><head><title>T</title></head><body>" + string.Concat(Enumerable.Repeat("<div><b>", 50_000))
            + "Mortar fire hit Jisr al-Shughur &amp; nearby villages.<script>var hidden = 1;</script>" + "</body></html>");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Equal("Mortar fire hit Jisr al-Shughur & nearby villages.", article.Text);
        Assert.Equal(ErrorCode.InputMalformed, Assert.Single(Problems).Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_page_nested_hundreds_deep_keeps_its_text_without_the_slow_readability_scoring()
    {
        // Given
        string path = Write("nested.html", "<html><body><nav>Menu Link</nav>" + string.Concat(Enumerable.Repeat("<div>", 400))
            + "<p>Clashes in Tal Abyad.</p>" + string.Concat(Enumerable.Repeat("</div>", 400)) + "</body></html>");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // When
        var article = Assert.Single(Read(path));

        // Then
        Assert.Equal("Clashes in Tal Abyad.", article.Text);
        Assert.Empty(Problems);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
