namespace Intel.Bench.Load.Reports;

/// <summary>A name as agencies write it: Latin spellings (the first the usual one), its Arabic-script form, how common it is.</summary>
public sealed record NameForm(string[] Latin, string Arabic, double Weight);

/// <summary>
/// Iraqi and Kurdish given and family names, skewed as real frequencies are (many Mohammeds), so different
/// people share names and the resolver has to tell them apart by birth date and identifiers.
/// </summary>
public static class NameBook
{
    public static readonly NameForm[] Male =
    [
        new(["Mohammed", "Muhammad", "Mohamed", "Mohamad"], "محمد", 18),
        new(["Ahmed", "Ahmad"], "أحمد", 9),
        new(["Ali"], "علي", 8),
        new(["Hassan", "Hasan"], "حسن", 6),
        new(["Hussein", "Hussain", "Husayn"], "حسين", 5),
        new(["Omar", "Umar"], "عمر", 3),
        new(["Ibrahim", "Ebrahim"], "إبراهيم", 2.5),
        new(["Mahmoud", "Mahmud"], "محمود", 2.5),
        new(["Khalid", "Khaled"], "خالد", 2),
        new(["Yousef", "Yusuf"], "يوسف", 2),
        new(["Abdulrahman", "Abdul Rahman", "Abd al-Rahman"], "عبدالرحمن", 1.5),
        new(["Mustafa", "Mostafa"], "مصطفى", 2),
        new(["Haider", "Hayder"], "حيدر", 2),
        new(["Karwan"], "کاروان", 2),
        new(["Rebwar", "Rebuar"], "ڕێبوار", 1.5),
        new(["Dilshad"], "دلشاد", 1.5),
        new(["Saman"], "سامان", 1.5),
        new(["Azad"], "ئازاد", 1.5),
        new(["Jamal"], "جمال", 1.5),
        new(["Tariq", "Tareq"], "طارق", 1.5),
        new(["Hemin", "Himin"], "هێمن", 1),
        new(["Shwan"], "شوان", 1),
        new(["Kawa", "Kawe"], "کاوە", 1),
        new(["Sirwan", "Serwan"], "سیروان", 1),
        new(["Bakhtiyar", "Bakhtiar"], "بەختیار", 1),
        new(["Goran"], "گۆران", 1),
        new(["Sherzad"], "شێرزاد", 1),
        new(["Hiwa"], "هیوا", 1),
        new(["Farhad"], "فرهاد", 1),
        new(["Jasim", "Jassim"], "جاسم", 1),
        new(["Qasim", "Kasim"], "قاسم", 1),
        new(["Bilal"], "بلال", 1),
    ];

    public static readonly NameForm[] Female =
    [
        new(["Fatima", "Fatimah"], "فاطمة", 4),
        new(["Zainab", "Zaynab"], "زينب", 3),
        new(["Maryam", "Mariam"], "مريم", 2),
        new(["Layla", "Leila"], "ليلى", 1.5),
        new(["Nasrin", "Nasreen"], "نسرين", 1),
        new(["Shilan"], "شیلان", 1),
        new(["Noor", "Nour"], "نور", 1),
    ];

    public static readonly NameForm[] Family =
    [
        new(["Hassan", "Hasan"], "حسن", 5),
        new(["Ali"], "علي", 5),
        new(["Al-Jubouri", "Jubouri"], "الجبوري", 4),
        new(["Barzani", "Al-Barzani"], "البارزاني", 3),
        new(["Al-Dulaimi", "Dulaimi"], "الدليمي", 3),
        new(["Mahmoud", "Mahmud"], "محمود", 3),
        new(["Talabani", "Al-Talabani"], "الطالباني", 2),
        new(["Jaff", "Jaf"], "جاف", 2),
        new(["Zebari", "Zibari"], "زيباري", 2),
        new(["Al-Obeidi", "Al-Obaidi"], "العبيدي", 2),
        new(["Al-Tamimi", "Tamimi"], "التميمي", 2),
        new(["Rashid", "Rasheed"], "رشيد", 2),
        new(["Salih", "Saleh"], "صالح", 2),
        new(["Karim", "Kareem"], "كريم", 2),
        new(["Othman", "Osman"], "عثمان", 1.5),
        new(["Kurdi", "Al-Kurdi"], "الكردي", 1),
        new(["Doski", "Duski"], "دۆسکی", 1),
        new(["Hawrami", "Hewrami"], "هەورامی", 1),
        new(["Khoshnaw", "Xoshnaw"], "خۆشناو", 1),
        new(["Pshdari", "Pishdari"], "پشدەری", 1),
        new(["Sindi"], "سندي", 1),
    ];
}
