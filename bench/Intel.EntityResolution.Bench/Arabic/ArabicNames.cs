namespace Intel.EntityResolution.Bench.Arabic;

/// <summary>A name as agencies write it: its Latin spellings (the first is the usual one), its Arabic-script form, and how common it is.</summary>
internal sealed record NameSpelling(string[] Latin, string Arabic, double Weight);

/// <summary>
/// Arabic and Kurdish given and family names with their common Latin transliterations and their
/// Arabic-script (Arabic or Sorani) writing. Weights are skewed as real name frequencies are: Mohammed,
/// Ahmed and Ali are far commoner than the rest, so many different men share a name.
/// </summary>
internal static class ArabicNames
{
    public static readonly NameSpelling[] Male =
    [
        new(["Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed", "Mohamad"], "محمد", 20),
        new(["Ahmed", "Ahmad"], "أحمد", 9),
        new(["Ali"], "علي", 8),
        new(["Hassan", "Hasan"], "حسن", 6),
        new(["Hussein", "Hussain", "Husayn", "Hossein"], "حسين", 5),
        new(["Omar", "Umar"], "عمر", 3),
        new(["Ibrahim", "Ebrahim", "Ibraheem"], "إبراهيم", 2.5),
        new(["Mahmoud", "Mahmud", "Mahmood"], "محمود", 2.5),
        new(["Khalid", "Khaled"], "خالد", 2),
        new(["Yousef", "Yusuf", "Youssef"], "يوسف", 2),
        new(["Abdulrahman", "Abdul Rahman", "Abd al-Rahman", "Abdelrahman"], "عبدالرحمن", 1.5),
        new(["Abdullah", "Abdallah", "Abd Allah"], "عبدالله", 2),
        new(["Mustafa", "Mostafa", "Moustafa"], "مصطفى", 2),
        new(["Haider", "Haidar", "Hayder"], "حيدر", 2),
        new(["Karwan"], "کاروان", 2),
        new(["Rebwar", "Rebuar"], "ڕێبوار", 1.5),
        new(["Dilshad", "Dilşad"], "دلشاد", 1.5),
        new(["Saman"], "سامان", 1.5),
        new(["Aram"], "ئارام", 1.5),
        new(["Azad"], "ئازاد", 1.5),
        new(["Jamal", "Jamaal"], "جمال", 1.5),
        new(["Tariq", "Tareq", "Tarek"], "طارق", 1.5),
        new(["Abbas"], "عباس", 1.5),
        new(["Hemin", "Himin"], "هێمن", 1),
        new(["Shwan", "Şwan"], "شوان", 1),
        new(["Kawa", "Kawe"], "کاوە", 1),
        new(["Sirwan", "Serwan"], "سیروان", 1),
        new(["Bakhtiyar", "Bakhtiar", "Baxtiyar"], "بەختیار", 1),
        new(["Goran"], "گۆران", 1),
        new(["Nawzad"], "نەوزاد", 1),
        new(["Sherzad", "Şerzad"], "شێرزاد", 1),
        new(["Salah"], "صلاح", 1),
        new(["Hamid", "Hameed"], "حميد", 1),
        new(["Hiwa"], "هیوا", 1),
        new(["Rizgar", "Rezgar"], "ڕزگار", 1),
        new(["Farhad"], "فرهاد", 1),
        new(["Kamal"], "كمال", 1),
        new(["Sardar"], "سەردار", 1),
        new(["Jasim", "Jassim", "Jasem"], "جاسم", 1),
        new(["Qasim", "Kasim", "Qassim"], "قاسم", 1),
        new(["Saad"], "سعد", 1),
        new(["Walid", "Waleed"], "وليد", 1),
        new(["Bilal"], "بلال", 1),
        new(["Ismail", "Ismael"], "إسماعيل", 1),
        new(["Nabil", "Nabeel"], "نبيل", 0.8),
        new(["Adnan"], "عدنان", 0.8),
        new(["Faisal", "Faysal"], "فيصل", 0.8),
        new(["Majid", "Majeed"], "ماجد", 0.8),
        new(["Zana"], "زانا", 0.7),
        new(["Barzan"], "بەرزان", 0.7),
    ];

    public static readonly NameSpelling[] Female =
    [
        new(["Fatima", "Fatimah", "Fatma"], "فاطمة", 4),
        new(["Zainab", "Zaynab", "Zeinab"], "زينب", 3),
        new(["Maryam", "Mariam"], "مريم", 2),
        new(["Aisha", "Aysha", "Ayesha"], "عائشة", 1.5),
        new(["Layla", "Leila", "Laila"], "ليلى", 1.5),
        new(["Nasrin", "Nasreen"], "نسرين", 1),
        new(["Shilan"], "شیلان", 1),
        new(["Sara", "Sarah"], "سارا", 1),
        new(["Noor", "Nour"], "نور", 1),
        new(["Hana", "Hanaa"], "هناء", 1),
    ];

    /// <summary>Family and tribal names; some are also given names, as in "Ahmed Hassan".</summary>
    public static readonly NameSpelling[] Family =
    [
        new(["Hassan", "Hasan"], "حسن", 5),
        new(["Ali"], "علي", 5),
        new(["Ahmed", "Ahmad"], "أحمد", 4),
        new(["Al-Jubouri", "Al-Juburi", "Jubouri"], "الجبوري", 4),
        new(["Barzani", "Al-Barzani", "Barzany"], "البارزاني", 3),
        new(["Al-Dulaimi", "Dulaimi", "Al-Dulaymi"], "الدليمي", 3),
        new(["Mahmoud", "Mahmud"], "محمود", 3),
        new(["Talabani", "Al-Talabani", "Talebani"], "الطالباني", 2),
        new(["Jaff", "Jaf"], "جاف", 2),
        new(["Zebari", "Zibari"], "زيباري", 2),
        new(["Al-Obeidi", "Al-Obaidi", "Obeidi"], "العبيدي", 2),
        new(["Al-Tamimi", "Tamimi", "Al-Temimi"], "التميمي", 2),
        new(["Al-Shammari", "Shammari", "Al-Shamari"], "الشمري", 2),
        new(["Rashid", "Rasheed"], "رشيد", 2),
        new(["Salih", "Saleh"], "صالح", 2),
        new(["Karim", "Kareem"], "كريم", 2),
        new(["Aziz"], "عزيز", 1.5),
        new(["Amin", "Ameen"], "أمين", 1.5),
        new(["Othman", "Osman", "Uthman"], "عثمان", 1.5),
        new(["Al-Saadi", "Saadi"], "السعدي", 1.5),
        new(["Al-Hamdani", "Hamdani"], "الحمداني", 1),
        new(["Kurdi", "Al-Kurdi"], "الكردي", 1),
        new(["Doski", "Duski"], "دۆسکی", 1),
        new(["Hawrami", "Hewrami"], "هەورامی", 1),
        new(["Surchi", "Surchy"], "سورچی", 1),
        new(["Mizuri", "Mizouri"], "میزووری", 1),
        new(["Khoshnaw", "Xoshnaw"], "خۆشناو", 1),
        new(["Hamawandi", "Hemewendi"], "هەمەوەندی", 1),
        new(["Pshdari", "Pishdari"], "پشدەری", 1),
        new(["Bradosti", "Biradosti"], "برادۆستی", 1),
        new(["Sindi"], "سندي", 1),
        new(["Rekani"], "ڕێکانی", 1),
    ];
}
