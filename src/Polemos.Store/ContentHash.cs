using System.Security.Cryptography;
using System.Text;

namespace Polemos.Store;

/// <summary>The content hash that identifies an article: the same normalised text is the same report.</summary>
public static class ContentHash
{
    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="normalisedText"/>.</summary>
    public static string Of(string normalisedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalisedText)));

    /// <summary>The store's id of an article with this hash: <c>a</c> and the first 16 hex digits.</summary>
    public static string ArticleId(string contentHash) => "a" + contentHash[..16];
}
