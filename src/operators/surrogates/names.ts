/**
 * A modest embedded list of common first names (by gender) and surnames for several locales,
 * used to build realistic PERSON and EMAIL_ADDRESS surrogates. Embedded rather than taken from an
 * NLP lexicon so surrogates stay identical across dependency versions.
 */

/** Names of one locale. */
export interface NameLocale {
  readonly locale: string;
  readonly female: readonly string[];
  readonly male: readonly string[];
  readonly last: readonly string[];
}

const list = (s: string): readonly string[] => Object.freeze(s.trim().split(/\s+/));

/** The locales, each with female and male first names and surnames. */
export const NAME_LOCALES: readonly NameLocale[] = Object.freeze([
  {
    locale: 'en',
    female: list('Mary Jennifer Linda Elizabeth Susan Emily Olivia Sarah Jessica Hannah Grace Chloe Megan Rachel Laura Amelia Lucy Abigail Natalie Victoria Rebecca'),
    male: list('John Michael David Robert William James Oliver Thomas Daniel Matthew Andrew Ryan Nathan Samuel Henry Jack Benjamin Joshua Ethan Christopher Harry'),
    last: list('Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Turner Hughes Walsh Fletcher Bennett Harper Lawson Whitaker Barnes Griffin Sutton Dawson Marsh Holloway Pearce Coleman Reeves Cartwright Ellison Bradley Foster Hayward Kendall Mercer'),
  },
  {
    locale: 'de',
    female: list('Anna Lena Julia Katharina Sophie Lea Hannah Marie Johanna Franziska Charlotte Greta Paulina Theresa Ida Frieda'),
    male: list('Lukas Jonas Felix Maximilian Leon Paul Tobias Sebastian Florian Moritz Matthias Niklas Stefan Johannes Benedikt Anton'),
    last: list('Müller Schneider Fischer Weber Becker Hoffmann Schulz Koch Richter Wolf Schröder Neumann Zimmermann Braun Krüger Hartmann Lange Werner Krause Lehmann Köhler Vogel Frank Berger'),
  },
  {
    locale: 'fr',
    female: list('Camille Léa Chloé Manon Inès Juliette Élodie Margaux Amélie Clémence Louise Pauline Océane Mathilde Aurélie Céline'),
    male: list('Lucas Hugo Théo Louis Mathis Antoine Julien Maxime Baptiste Nicolas Guillaume Romain Étienne Clément Olivier Quentin'),
    last: list('Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèbvre Michel Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Mercier Dupont'),
  },
  {
    locale: 'es',
    female: list('Lucía María Paula Daniela Carmen Sofía Valeria Marta Elena Alba Claudia Irene Natalia Raquel Beatriz Rocío'),
    male: list('Alejandro Pablo Javier Diego Sergio Álvaro Adrián Manuel Carlos Miguel Rubén Jorge Andrés Iván Gonzalo Raúl'),
    last: list('García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez Ruiz Hernández Díaz Moreno Álvarez Romero Navarro Torres Domínguez Vázquez Ramos Gil Serrano Molina'),
  },
  {
    locale: 'it',
    female: list('Giulia Chiara Francesca Sara Martina Alessia Federica Elisa Valentina Silvia Beatrice Giorgia Ilaria Serena Arianna Roberta'),
    male: list('Marco Alessandro Luca Matteo Andrea Francesco Lorenzo Davide Simone Riccardo Stefano Gabriele Tommaso Nicola Emanuele Filippo'),
    last: list('Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti DeLuca Costa Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro Caruso'),
  },
  {
    locale: 'pt',
    female: list('Ana Beatriz Mariana Larissa Gabriela Juliana Camila Fernanda Letícia Isabela Bruna Carolina Patrícia Vanessa Tatiana Renata'),
    male: list('João Pedro Gabriel Rafael Gustavo Felipe Rodrigo Thiago Bruno Leonardo Eduardo Vinícius Ricardo Marcelo Fábio Diogo'),
    last: list('Silva Santos Oliveira Souza Pereira Costa Carvalho Almeida Ferreira Ribeiro Rodrigues Gomes Martins Araújo Barbosa Rocha Cardoso Teixeira Correia Mendes Nunes Cavalcanti Moura Pinto'),
  },
  {
    locale: 'nl',
    female: list('Emma Sanne Fleur Lotte Femke Anouk Iris Maud Noor Eline Roos Marloes Esther Ingrid Wendy Lieke'),
    male: list('Daan Sem Thijs Bram Ruben Jesse Lars Stijn Joost Maarten Pieter Wouter Bas Koen Sander Gijs'),
    last: list('Jansen Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer Dijkstra Kok Jacobs Vermeulen Schouten Willems Hoekstra Koster Prins Huisman Peeters Kuipers Verhoeven'),
  },
  {
    locale: 'pl',
    female: list('Zuzanna Julia Maja Aleksandra Natalia Wiktoria Agnieszka Katarzyna Magdalena Joanna Monika Karolina Ewa Dorota Izabela Paulina'),
    male: list('Jakub Kacper Szymon Mateusz Bartosz Piotr Tomasz Krzysztof Paweł Michał Marcin Łukasz Grzegorz Wojciech Dawid Rafał'),
    last: list('Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Adamczyk Dudek Zając'),
  },
  {
    locale: 'in',
    female: list('Priya Ananya Kavya Diya Isha Neha Pooja Sneha Aishwarya Meera Shreya Riya Nandini Lakshmi Divya Sunita'),
    male: list('Aarav Arjun Rohan Vikram Rahul Aditya Siddharth Karan Amit Nikhil Sanjay Rajesh Varun Harsh Manish Suresh'),
    last: list('Sharma Verma Patel Gupta Iyer Nair Reddy Rao Menon Joshi Kulkarni Desai Mehta Chopra Kapoor Malhotra Banerjee Chatterjee Mukherjee Pillai Bhat Saxena Agarwal Sinha'),
  },
  {
    locale: 'tr',
    female: list('Zeynep Elif Ayşe Fatma Merve Büşra Esra Derya Selin Ebru Gamze Hande Özge Pınar Tuğba Yasemin'),
    male: list('Mehmet Mustafa Ahmet Emre Burak Can Murat Kerem Onur Serkan Tolga Yusuf Hakan Cem Barış Oğuz'),
    last: list('Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Erdoğan Güneş Aksoy'),
  },
]);

/** Lower-cased first name -> its locale and gender, for keeping a surrogate in the same locale and gender. */
export const FIRST_NAME_INDEX: ReadonlyMap<string, { readonly locale: NameLocale; readonly female: boolean }> = (() => {
  const map = new Map<string, { locale: NameLocale; female: boolean }>();
  for (const locale of NAME_LOCALES) {
    for (const n of locale.female) if (!map.has(n.toLowerCase())) map.set(n.toLowerCase(), { locale, female: true });
    for (const n of locale.male) if (!map.has(n.toLowerCase())) map.set(n.toLowerCase(), { locale, female: false });
  }
  return map;
})();

/** Lower-cased surname -> its locale. */
export const LAST_NAME_INDEX: ReadonlyMap<string, NameLocale> = (() => {
  const map = new Map<string, NameLocale>();
  for (const locale of NAME_LOCALES) for (const n of locale.last) if (!map.has(n.toLowerCase())) map.set(n.toLowerCase(), locale);
  return map;
})();

/** ASCII form of a name for email local parts (`Müller` -> `muller`, `Łukasz` -> `lukasz`). */
export function asciiName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ı/g, 'i')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}
