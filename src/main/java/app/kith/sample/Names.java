package app.kith.sample;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Plausible, diverse names for sample people; each full name is used once while there are enough. */
final class Names {

    /** First names; "Name:Nick" gives a name its usual nickname. */
    static final List<String> FIRST = List.of(
            "Maya", "Tom", "Dev", "Raj", "Sam", "Lena", "Chris", "Rosa", "Aisha", "Amara", "Ana", "Andrei",
            "Aroha", "Astrid", "Ayumi", "Bao", "Beatriz", "Camille", "Carlos", "Chen", "Chiara", "Chidi",
            "Daniel:Dan", "Dara", "Diego", "Ebru", "Elif", "Elena", "Elizabeth:Liz", "Emeka", "Emil", "Esther",
            "Farah", "Fatima", "Felix", "Freya", "Gabriel:Gabe", "Grace", "Hana", "Hamid", "Hiroshi", "Ibrahim",
            "Ines", "Ingrid", "Isaac", "Jana", "Javier", "Jin", "Joanna:Jo", "Jonas", "Jorge", "Kai", "Kalani",
            "Kamala", "Karim", "Kavya", "Kenji", "Kofi", "Lars", "Layla", "Leila", "Liam", "Lin", "Lucia", "Luis",
            "Mateo", "Mei", "Mia", "Miguel", "Mina", "Mohammed", "Nadia", "Naledi", "Nikhil", "Nina", "Noah",
            "Nour", "Olga", "Oluwaseun:Seun", "Omar", "Oscar", "Paolo", "Pavel", "Priya", "Quentin", "Rafael:Rafa",
            "Rania", "Ravi", "Rhea", "Rin", "Ruth", "Saanvi", "Salma", "Santiago:Santi", "Sara", "Sebastian:Seb",
            "Shira", "Sofia", "Søren", "Sun", "Tariq", "Thandiwe:Thandi", "Tomás", "Umar", "Valentina:Vale",
            "Vikram", "Wei", "Xin", "Yara", "Yusuf", "Zainab", "Zara", "Zoe", "Ben", "Hannah", "Owen", "Clara",
            "Lucas", "Eva", "Jamal", "Keisha", "Malik", "Imani", "Kwame", "Ama", "Tane", "Mere", "Siobhan",
            "Declan", "Niamh", "Aoife", "Björn", "Sigrid", "Anouk", "Pieter", "Marta", "Tomasz", "Katarzyna:Kasia",
            "Dmitri:Dima", "Irina", "Tuan", "Linh", "Arjun", "Ananya", "Meera", "Rohan", "Alexander:Sasha",
            "Margaret:Peggy", "Robert:Bob", "Abena", "Yaw", "Leilani", "Ahmad", "Noor", "Selin", "Can");

    static final List<String> LAST = List.of(
            "Cole", "Okafor", "Nakamura", "Haddad", "Sharma", "Kowalski", "Fernández", "Nguyen", "Müller", "Rossi",
            "Dubois", "Johansson", "Kim", "Chen", "Patel", "Singh", "Mensah", "Abebe", "Osei", "Adeyemi", "Hassan",
            "Rahman", "Khan", "Ali", "Yılmaz", "Demir", "Popescu", "Novák", "Horvat", "Petrov", "Ivanova", "Silva",
            "Santos", "Oliveira", "Costa", "Pereira", "García", "Martínez", "López", "González", "Rodríguez",
            "Hernández", "Morales", "Castillo", "Ortega", "Moreau", "Laurent", "Lefebvre", "Bernard", "Schmidt",
            "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Jansen", "de Vries", "van Dijk",
            "Bakker", "Visser", "Nielsen", "Hansen", "Larsen", "Andersen", "Lindqvist", "Berg", "Virtanen",
            "Korhonen", "O'Brien", "Murphy", "Kelly", "Walsh", "Byrne", "MacLeod", "Campbell", "Evans", "Hughes",
            "Jones", "Williams", "Taylor", "Brown", "Davies", "Wilson", "Thompson", "Robinson", "Wright", "Walker",
            "Green", "Baker", "Carter", "Mitchell", "Bennett", "Brooks", "Reed", "Price", "Howard", "Ward",
            "Foster", "Tanaka", "Suzuki", "Watanabe", "Sato", "Park", "Lee", "Choi", "Wang", "Zhang", "Liu",
            "Huang", "Zhao", "Tran", "Le", "Pham", "Kaur", "Gupta", "Iyer", "Reddy", "Nair", "Mukherjee",
            "Banerjee", "Cohen", "Levi", "Friedman", "Kaplan", "Rosen", "Mahlangu", "Dlamini", "Ndlovu", "Zulu",
            "Kamau", "Wanjiru", "Otieno", "Ngata", "Parata", "Kealoha", "Begay", "Yazzie", "Haidari", "Sadeghi",
            "Karimi", "Aziz", "Boateng", "Asante", "Ferreira", "Almeida", "Svensson", "Eriksen");

    private final Dice dice;
    private final Set<String> used = new HashSet<>();

    Names(Dice dice) {
        this.dice = dice;
    }

    /** A first and last name not handed out before, as long as unused ones are easy to find. */
    FullName next() {
        for (int attempt = 0; attempt < 50; attempt++) {
            FullName name = new FullName(dice.pick(FIRST), dice.pick(LAST));
            if (used.add(name.name())) {
                return name;
            }
        }
        // Very large journals run out of combinations: a middle initial tells namesakes apart.
        FullName name = new FullName(dice.pick(FIRST), dice.pick(LAST));
        char initial = (char) ('A' + dice.between(0, 25));
        return new FullName(name.firstEntry().replaceFirst("(:|$)", " " + initial + ".$1"), name.last());
    }

    /** A first-name entry ("Name" or "Name:Nick") and a last name. */
    record FullName(String firstEntry, String last) {

        String first() {
            int colon = firstEntry.indexOf(':');
            return colon < 0 ? firstEntry : firstEntry.substring(0, colon);
        }

        /** The usual nickname of the first name, or null. */
        String nickname() {
            int colon = firstEntry.indexOf(':');
            return colon < 0 ? null : firstEntry.substring(colon + 1);
        }

        String name() {
            return first() + " " + last;
        }
    }

    /** Letters a-z only, for e-mail addresses: "Tomás" gives "tomas", "O'Brien" gives "obrien". */
    static String ascii(String text) {
        String plain = text.replace("ø", "o").replace("ı", "i").replace("ß", "ss").replace("æ", "ae");
        String decomposed = Normalizer.normalize(plain, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
