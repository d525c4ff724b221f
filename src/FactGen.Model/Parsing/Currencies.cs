using System;
using System.Collections.Generic;

namespace FactGen.Model.Parsing;

/// <summary>The ISO 4217 currency codes in use, and the symbols an article writes for the common ones.</summary>
public static class Currencies
{
    private static readonly HashSet<string> s_codes = new(
        ("AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF " +
         "CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD " +
         "HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD " +
         "MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN " +
         "PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP " +
         "TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL")
        .Split(' '),
        StringComparer.Ordinal);

    /// <summary>Symbols written before an amount, longest first so that <c>US$</c> wins over <c>$</c>.</summary>
    internal static readonly KeyValuePair<string, string>[] Symbols =
    {
        new("US$", "USD"),
        new("$", "USD"),
        new("€", "EUR"),
        new("£", "GBP"),
        new("₽", "RUB"),
        new("¥", "JPY"),
        new("₹", "INR"),
        new("₴", "UAH"),
        new("₸", "KZT"),
    };

    /// <summary>Whether <paramref name="code"/> is an ISO 4217 code in use.</summary>
    public static bool IsKnown(string code) => s_codes.Contains(code);
}
