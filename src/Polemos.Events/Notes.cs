using System.Globalization;
using System.Text;
using Polemos.Core;

namespace Polemos.Events;

/// <summary>A one- or two-sentence English summary in ACLED's style, built only from the record's own fields.</summary>
internal static class Notes
{
    // One note per record, written into one builder per thread: the parts of the sentence are appended as they are
    // found, not made as strings of their own.
    [ThreadStatic]
    private static StringBuilder? t_builder;

    public static string For(ExtractedRecord r)
    {
        var sb = t_builder ??= new StringBuilder(256);
        sb.Clear();
        var invariant = CultureInfo.InvariantCulture;
        if (r.Habitual)
        {
            sb.Append("Repeatedly");
        }
        else if (r.EventDate is { } d && r.TimePrecision == 1)
        {
            sb.Append(invariant, $"On {DateOnly.ParseExact(d, "yyyy-MM-dd", invariant):d MMMM yyyy}");
        }
        else if (r.EventDate is { } w)
        {
            sb.Append(invariant, $"Around {DateOnly.ParseExact(w, "yyyy-MM-dd", invariant):MMMM yyyy}");
        }
        else
        {
            sb.Append("On an unreported date");
        }

        sb.Append(", ");
        What(sb, r, r.Actor1 ?? "unidentified actors", r.Actor2 ?? "");
        if (r.Location is null)
        {
            if (r.Country is not null)
            {
                sb.Append(" in ").Append(r.Country);
            }
        }
        else if (r.SubEventType is "Non-state actor overtakes territory" or "Government regains territory")
        {
            // The place is already the object of "took control of": give only where it lies.
            Admin(sb, r);
        }
        else
        {
            sb.Append(r.GeoPrecision == 2 ? " near " : " in ").Append(r.Location);
            Admin(sb, r);
        }

        sb.Append('.');
        // Written into the builder as they are found (one note per record): "3 killed, 2 wounded." A toll starts with
        // its number, so the sentence needs no capital.
        string separator = " ";
        if (r.Fatalities > 0)
        {
            sb.Append(separator).Append(r.Fatalities).Append(" killed");
            separator = ", ";
        }

        if (r.Wounded > 0)
        {
            sb.Append(separator).Append(r.Wounded).Append(" wounded");
            separator = ", ";
        }

        if (r.Captured > 0)
        {
            sb.Append(separator).Append(r.Captured).Append(" captured");
            separator = ", ";
        }

        if (separator == ", ")
        {
            sb.Append('.');
        }

        if (r.Certainty is Certainty.Unconfirmed)
        {
            sb.Append(" The report is unconfirmed.");
        }
        else if (r.Certainty is Certainty.Denied)
        {
            sb.Append(" A party denied it.");
        }
        else if (r.Certainty is Certainty.Alleged)
        {
            sb.Append(" Attributed to a source.");
        }

        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }

    private static void What(StringBuilder sb, ExtractedRecord r, string a1, string a2)
    {
        switch (r.SubEventType)
        {
            case "Air/drone strike":
                sb.Append(a1).Append(" carried out air or drone strikes").Against(" against ", a2);
                break;
            case "Shelling/artillery/missile attack":
                sb.Append(a1).Append(" shelled positions").Against(" of ", a2);
                break;
            case "Remote explosive/landmine/IED":
                sb.Append("an explosive device detonated").Against(", targeting ", a2);
                break;
            case "Suicide bomb":
                sb.Append("a suicide bomber of ").Append(a1).Append(" detonated explosives").Against(" against ", a2);
                break;
            case "Grenade":
                sb.Append(a1).Append(" threw a grenade").Against(" at ", a2);
                break;
            case "Chemical weapon":
                sb.Append(a1).Append(" used chemical weapons").Against(" against ", a2);
                break;
            case "Non-state actor overtakes territory" or "Government regains territory":
                sb.Append(a1).Append(" took control of ").Append(r.Location ?? "an area").Against(" from ", a2);
                break;
            case "Non-violent transfer of territory":
                sb.Append(a1).Append(" handed over territory").Against(" to ", a2);
                break;
            case "Armed clash":
                sb.Append(a1).Append(a2.Length > 0 ? " clashed with " : " were involved in armed clashes").Append(a2);
                break;
            case "Attack":
                sb.Append(a1).Append(" attacked ").Append(a2.Length > 0 ? a2 : "people");
                break;
            case "Abduction/forced disappearance":
                sb.Append(a1).Append(" abducted ").Append(a2.Length > 0 ? a2 : "people");
                break;
            case "Sexual violence":
                sb.Append(a1).Append(" committed sexual violence against ").Append(a2.Length > 0 ? a2 : "people");
                break;
            case "Arrests":
                // Civilians are people, not an organisation with members.
                sb.Append(a1).Append(" arrested ").Append(a2.Length > 0 && r.Inter2 != Inter.Civilians ? "members of " : "").Append(a2.Length > 0 ? a2 : "people");
                break;
            case "Peaceful protest":
                sb.Append(a1).Append(" demonstrated");
                break;
            case "Protest with intervention":
                sb.Append(a1).Append(" demonstrated and were dispersed").Against(" by ", a2);
                break;
            case "Excessive force against protesters":
                sb.Append(a2.Length > 0 ? a2 : "security forces").Append(" used lethal force against ").Append(a1);
                break;
            case "Violent demonstration":
                sb.Append(a1).Append(" rioted");
                break;
            case "Mob violence":
                sb.Append("a mob attacked ").Append(a2.Length > 0 ? a2 : "people");
                break;
            case "Agreement":
                sb.Append(a1).Append(" reached an agreement").Against(" with ", a2);
                break;
            case "Looting/property destruction":
                sb.Append(a1).Append(" looted or destroyed property");
                break;
            case "Disrupted weapons use":
                sb.Append(a1).Append(" defused or intercepted weapons");
                break;
            default:
                sb.Append(a1).Append(" were involved in a ").Append(r.SubEventType?.ToLowerInvariant() ?? "development");
                break;
        }
    }

    /// <summary>The other party, after its preposition, when the record names one.</summary>
    private static StringBuilder Against(this StringBuilder sb, string preposition, string a2) =>
        a2.Length > 0 ? sb.Append(preposition).Append(a2) : sb;

    private static void Admin(StringBuilder sb, ExtractedRecord r)
    {
        if (r.Admin1 is not null && r.Country is not null)
        {
            sb.Append(" (").Append(r.Admin1).Append(", ").Append(r.Country).Append(')');
        }
        else if (r.Country is not null)
        {
            sb.Append(" (").Append(r.Country).Append(')');
        }
    }

    /// <summary>The note of people displaced, coded as a strategic development: "On 8 March 2021, Civilians (Syria) were displaced from Sarmin (Idleb, Syria)."</summary>
    public static string Displaced(ExtractedRecord r)
    {
        string from = r.Location is null ? (r.Country is null ? "" : $" in {r.Country}") : $" from {r.Location}{Admin(r)}";
        return $"{When(r)}, {r.Actor1 ?? "people"} were displaced{from}.";
    }

    private static string When(ExtractedRecord r) =>
        r.Habitual ? "Repeatedly" : r.EventDate is { } d && r.TimePrecision == 1
            ? "On " + DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
            : r.EventDate is { } w ? "Around " + DateOnly.ParseExact(w, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM yyyy", CultureInfo.InvariantCulture)
            : "On an unreported date";

    private static string Admin(ExtractedRecord r) =>
        r.Admin1 is not null && r.Country is not null ? $" ({r.Admin1}, {r.Country})" : r.Country is not null ? $" ({r.Country})" : "";
}
