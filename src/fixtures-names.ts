/**
 * Name pools of generated contacts, per language: first names (female and male lists, with an ASCII
 * initial), last names and company name patterns, taken from @faker-js/faker 9.9.0's locale definitions
 * (en, de, fr, es, pt_BR; test/fixtures-names.test.ts checks they still are). Kept as data so that
 * generating contacts needs neither faker's ~1 MB of locale modules nor its per-call overhead: a seeded
 * PRNG combines these (src/fixtures-generate.ts). Lists are '|'-separated strings, split on first use.
 */
import type { Language } from './fixtures-text';

export interface NamePool {
  /** First names, '|'-separated. */
  first: string;
  /** Last names, '|'-separated. */
  last: string;
  /** How a full last name is built: `L` one last name, `L L` two (Spanish), `L-L` double-barrelled. */
  lastPatterns: { weight: number; value: string }[];
  /** Company names: `{L}` a last name, `{S}` a legal entity type. */
  companyPatterns: string[];
  legalEntityTypes: string[];
}

export const NAME_POOLS: Record<Language, NamePool> = {
  en: {
    first:
      'Ada|Adrienne|Agnes|Alberta|Alexandra|Alexis|Alice|Alicia|Alison|Allison|Alma|Alyssa|Amanda|Amber|' +
      'Amelia|Amy|Ana|Andrea|Angel|Angela|Angelica|Angelina|Angie|Anita|Ann|Anna|Anne|Annette|Annie|' +
      'Antoinette|Antonia|April|Arlene|Ashley|Audrey|Barbara|Beatrice|Becky|Belinda|Bernadette|Bernice|' +
      'Bertha|Bessie|Beth|Bethany|Betsy|Betty|Beulah|Beverly|Billie|Blanca|Blanche|Bobbie|Bonnie|Brandi|' +
      'Brandy|Brenda|Bridget|Brittany|Brooke|Camille|Candace|Candice|Carla|Carmen|Carol|Carole|Caroline|' +
      'Carolyn|Carrie|Casey|Cassandra|Catherine|Cathy|Cecelia|Cecilia|Celia|Charlene|Charlotte|Chelsea|' +
      'Cheryl|Christie|Christina|Christine|Christy|Cindy|Claire|Clara|Claudia|Colleen|Connie|Constance|' +
      'Cora|Courtney|Cristina|Crystal|Cynthia|Daisy|Dana|Danielle|Darla|Darlene|Dawn|Deanna|Debbie|' +
      'Deborah|Debra|Delia|Della|Delores|Denise|Desiree|Diana|Diane|Dianna|Dianne|Dixie|Dolores|Donna|' +
      'Dora|Doreen|Doris|Dorothy|Ebony|Edith|Edna|Eileen|Elaine|Eleanor|Elena|Elisa|Elizabeth|Ella|' +
      'Ellen|Eloise|Elsa|Elsie|Elvira|Emily|Emma|Erica|Erika|Erin|Erma|Ernestine|Essie|Estelle|Esther|' +
      'Ethel|Eula|Eunice|Eva|Evelyn|Faith|Fannie|Faye|Felicia|Flora|Florence|Frances|Francis|Freda|Gail|' +
      'Gayle|Geneva|Genevieve|Georgia|Geraldine|Gertrude|Gina|Ginger|Gladys|Glenda|Gloria|Grace|' +
      'Gretchen|Guadalupe|Gwen|Gwendolyn|Hannah|Harriet|Hattie|Hazel|Heather|Heidi|Helen|Henrietta|' +
      'Hilda|Holly|Hope|Ida|Inez|Irene|Iris|Irma|Isabel|Jackie|Jacqueline|Jacquelyn|Jaime|Jamie|Jan|' +
      'Jana|Jane|Janet|Janice|Janie|Janis|Jasmine|Jean|Jeanette|Jeanne|Jeannette|Jeannie|Jenna|Jennie|' +
      'Jennifer|Jenny|Jessica|Jessie|Jill|Jo|Joan|Joann|Joanna|Joanne|Jodi|Jody|Johanna|Johnnie|' +
      'Josefina|Josephine|Joy|Joyce|Juana|Juanita|Judith|Judy|Julia|Julie|June|Kara|Karen|Kari|Karla|' +
      'Kate|Katherine|Kathleen|Kathryn|Kathy|Katie|Katrina|Kay|Kayla|Kelley|Kelli|Kellie|Kelly|Kendra|' +
      'Kerry|Kim|Kimberly|Krista|Kristen|Kristi|Kristie|Kristin|Kristina|Kristine|Kristy|Krystal|Lana|' +
      'Latoya|Laura|Lauren|Laurie|Laverne|Leah|Lee|Leigh|Lela|Lena|Leona|Leslie|Leticia|Lila|Lillian|' +
      'Lillie|Linda|Lindsay|Lindsey|Lisa|Lois|Lola|Lora|Lorena|Lorene|Loretta|Lori|Lorraine|Louise|' +
      'Lucia|Lucille|Lucy|Lula|Luz|Lydia|Lynda|Lynette|Lynn|Lynne|Mabel|Mable|Madeline|Mae|Maggie|Mamie|' +
      'Mandy|Marcella|Marcia|Margaret|Margarita|Margie|Marguerite|Maria|Marian|Marianne|Marie|Marilyn|' +
      'Marion|Marjorie|Marlene|Marsha|Marta|Martha|Mary|Maryann|Mattie|Maureen|Maxine|May|Megan|Meghan|' +
      'Melanie|Melba|Melinda|Melissa|Melody|Mercedes|Meredith|Michele|Michelle|Mildred|Mindy|Minnie|' +
      'Miranda|Miriam|Misty|Molly|Mona|Monica|Monique|Muriel|Myra|Myrtle|Nadine|Nancy|Naomi|Natalie|' +
      'Natasha|Nellie|Nettie|Nichole|Nicole|Nina|Nora|Norma|Olga|Olive|Olivia|Ollie|Opal|Ora|Pam|Pamela|' +
      'Pat|Patricia|Patsy|Patti|Patty|Paula|Paulette|Pauline|Pearl|Peggy|Penny|Phyllis|Priscilla|' +
      'Rachael|Rachel|Ramona|Raquel|Rebecca|Regina|Renee|Rhonda|Rita|Roberta|Robin|Robyn|Rochelle|Rosa|' +
      'Rosalie|Rose|Rosemarie|Rosemary|Rosie|Roxanne|Ruby|Ruth|Sabrina|Sadie|Sally|Samantha|Sandra|' +
      'Sandy|Sara|Sarah|Shannon|Shari|Sharon|Shawna|Sheila|Shelia|Shelley|Shelly|Sheri|Sherri|Sherry|' +
      'Sheryl|Shirley|Silvia|Sonia|Sonja|Sonya|Sophia|Sophie|Stacey|Stacy|Stella|Stephanie|Sue|Susan|' +
      'Susie|Suzanne|Sylvia|Tabitha|Tamara|Tami|Tammy|Tanya|Tara|Tasha|Teresa|Teri|Terri|Terry|Thelma|' +
      'Theresa|Tiffany|Tina|Toni|Tonya|Tracey|Traci|Tracy|Tricia|Valerie|Vanessa|Velma|Vera|Verna|' +
      'Veronica|Vicki|Vickie|Vicky|Victoria|Viola|Violet|Virginia|Vivian|Wanda|Wendy|Whitney|Willie|' +
      'Wilma|Winifred|Yolanda|Yvette|Yvonne|Aaron|Abel|Abraham|Adam|Adrian|Al|Alan|Albert|Alberto|' +
      'Alejandro|Alex|Alexander|Alfonso|Alfred|Alfredo|Allan|Allen|Alonzo|Alton|Alvin|Amos|Andre|Andres|' +
      'Andrew|Andy|Angelo|Anthony|Antonio|Archie|Armando|Arnold|Arthur|Arturo|Aubrey|Austin|Barry|Ben|' +
      'Benjamin|Bennie|Benny|Bernard|Bert|Bill|Billy|Blake|Bob|Bobby|Boyd|Brad|Bradford|Bradley|Brandon|' +
      'Brendan|Brent|Brett|Brian|Bruce|Bryan|Bryant|Byron|Caleb|Calvin|Cameron|Carl|Carlos|Carlton|' +
      'Carroll|Cary|Cecil|Cedric|Cesar|Chad|Charles|Charlie|Chester|Chris|Christian|Christopher|' +
      'Clarence|Clark|Claude|Clay|Clayton|Clifford|Clifton|Clint|Clinton|Clyde|Cody|Colin|Conrad|Corey|' +
      'Cornelius|Cory|Craig|Curtis|Dale|Dallas|Damon|Dan|Daniel|Danny|Darin|Darnell|Darrel|Darrell|' +
      'Darren|Darrin|Darryl|Daryl|Dave|David|Dean|Delbert|Dennis|Derek|Derrick|Devin|Dewey|Dexter|' +
      'Domingo|Dominic|Dominick|Don|Donald|Donnie|Doug|Douglas|Doyle|Drew|Duane|Dustin|Dwayne|Dwight|' +
      'Earl|Earnest|Ed|Eddie|Edgar|Edmond|Edmund|Eduardo|Edward|Edwin|Elbert|Elias|Elijah|Ellis|Elmer|' +
      'Emanuel|Emilio|Emmett|Enrique|Eric|Erick|Erik|Ernest|Ernesto|Ervin|Eugene|Evan|Everett|Felipe|' +
      'Felix|Fernando|Floyd|Forrest|Francisco|Frank|Frankie|Franklin|Fred|Freddie|Frederick|Fredrick|' +
      'Gabriel|Garrett|Garry|Gary|Gene|Geoffrey|George|Gerald|Gerard|Gerardo|Gilbert|Gilberto|Glen|' +
      'Glenn|Gordon|Grady|Grant|Greg|Gregg|Gregory|Guillermo|Gustavo|Guy|Harold|Harry|Harvey|Hector|' +
      'Henry|Herbert|Herman|Homer|Horace|Howard|Hubert|Hugh|Hugo|Ian|Ignacio|Ira|Irvin|Irving|Isaac|' +
      'Ismael|Israel|Ivan|Jack|Jacob|Jake|James|Jared|Jason|Javier|Jay|Jeff|Jeffery|Jeffrey|Jerald|' +
      'Jeremiah|Jeremy|Jermaine|Jerome|Jerry|Jesse|Jesus|Jim|Jimmie|Jimmy|Joe|Joel|Joey|John|Johnathan|' +
      'Johnny|Jon|Jonathan|Jonathon|Jordan|Jorge|Jose|Joseph|Josh|Joshua|Juan|Julian|Julio|Julius|' +
      'Justin|Karl|Keith|Kelvin|Ken|Kenneth|Kenny|Kent|Kevin|Kirk|Kristopher|Kurt|Kyle|Lamar|Lance|' +
      'Larry|Laurence|Lawrence|Leland|Leo|Leon|Leonard|Leroy|Lester|Levi|Lewis|Lionel|Lloyd|Lonnie|' +
      'Loren|Lorenzo|Louis|Lowell|Lucas|Luis|Luke|Luther|Lyle|Mack|Malcolm|Manuel|Marc|Marco|Marcos|' +
      'Marcus|Mario|Mark|Marlon|Marshall|Martin|Marty|Marvin|Mathew|Matt|Matthew|Maurice|Max|Melvin|' +
      'Merle|Michael|Micheal|Miguel|Mike|Milton|Mitchell|Morris|Moses|Myron|Nathan|Nathaniel|Neal|Neil|' +
      'Nelson|Nicholas|Nick|Nicolas|Noah|Noel|Norman|Oliver|Omar|Orlando|Orville|Oscar|Otis|Owen|Pablo|' +
      'Patrick|Paul|Pedro|Percy|Perry|Pete|Peter|Phil|Philip|Phillip|Preston|Rafael|Ralph|Ramiro|Ramon|' +
      'Randal|Randall|Randolph|Randy|Raul|Ray|Raymond|Reginald|Rene|Rex|Ricardo|Richard|Rick|Rickey|' +
      'Ricky|Robert|Roberto|Roderick|Rodney|Rodolfo|Rogelio|Roger|Roland|Rolando|Roman|Ron|Ronald|' +
      'Ronnie|Roosevelt|Ross|Roy|Ruben|Rudolph|Rudy|Rufus|Russell|Ryan|Salvador|Salvatore|Sam|Sammy|' +
      'Samuel|Santiago|Santos|Saul|Scott|Sean|Sergio|Seth|Shane|Shaun|Shawn|Sheldon|Sherman|Sidney|' +
      'Simon|Spencer|Stanley|Stephen|Steve|Steven|Stewart|Stuart|Sylvester|Taylor|Ted|Terence|Terrance|' +
      'Terrell|Terrence|Theodore|Thomas|Tim|Timmy|Timothy|Toby|Todd|Tom|Tomas|Tommie|Tommy|Tony|Travis|' +
      'Trevor|Troy|Tyler|Tyrone|Van|Vernon|Victor|Vincent|Virgil|Wade|Wallace|Walter|Warren|Wayne|' +
      'Wendell|Wesley|Wilbert|Wilbur|Wilfred|Willard|William|Willis|Wilson|Winston|Wm|Woodrow|Zachary',
    last:
      'Abbott|Abernathy|Abshire|Adams|Altenwerth|Anderson|Ankunding|Armstrong|Auer|Aufderhar|Bahringer|' +
      'Bailey|Balistreri|Barrows|Bartell|Bartoletti|Barton|Bashirian|Batz|Bauch|Baumbach|Bayer|Beahan|' +
      'Beatty|Bechtelar|Becker|Bednar|Beer|Beier|Berge|Bergnaum|Bergstrom|Bernhard|Bernier|Bins|Blanda|' +
      'Blick|Block|Bode|Boehm|Bogan|Bogisich|Borer|Bosco|Botsford|Boyer|Boyle|Bradtke|Brakus|Braun|' +
      'Breitenberg|Brekke|Brown|Bruen|Buckridge|Carroll|Carter|Cartwright|Casper|Cassin|Champlin|' +
      'Christiansen|Cole|Collier|Collins|Conn|Connelly|Conroy|Considine|Corkery|Cormier|Corwin|Cremin|' +
      "Crist|Crona|Cronin|Crooks|Cruickshank|Cummerata|Cummings|D'Amore|Dach|Daniel|Dare|Daugherty|" +
      'Davis|Deckow|Denesik|Dibbert|Dickens|Dicki|Dickinson|Dietrich|Donnelly|Dooley|Douglas|Doyle|' +
      'DuBuque|Durgan|Ebert|Effertz|Emard|Emmerich|Erdman|Ernser|Fadel|Fahey|Farrell|Fay|Feeney|Feest|' +
      'Feil|Ferry|Fisher|Flatley|Frami|Franecki|Franey|Friesen|Fritsch|Funk|Gerhold|Gerlach|Gibson|' +
      'Gislason|Gleason|Gleichner|Glover|Goldner|Goodwin|Gorczany|Gottlieb|Goyette|Grady|Graham|Grant|' +
      'Green|Greenfelder|Greenholt|Grimes|Gulgowski|Gusikowski|Gutkowski|Gutmann|Haag|Hackett|Hagenes|' +
      'Hahn|Haley|Halvorson|Hamill|Hammes|Hand|Hane|Hansen|Harber|Harris|Hartmann|Harvey|Hauck|Hayes|' +
      'Heaney|Heathcote|Hegmann|Heidenreich|Heller|Herman|Hermann|Hermiston|Herzog|Hessel|Hettinger|' +
      'Hickle|Hilll|Hills|Hilpert|Hintz|Hirthe|Hodkiewicz|Hoeger|Homenick|Hoppe|Howe|Howell|Hudson|Huel|' +
      'Huels|Hyatt|Jacobi|Jacobs|Jacobson|Jakubowski|Jaskolski|Jast|Jenkins|Jerde|Johns|Johnson|' +
      'Johnston|Jones|Kassulke|Kautzer|Keebler|Keeling|Kemmer|Kerluke|Kertzmann|Kessler|Kiehn|Kihn|' +
      'Kilback|King|Kirlin|Klein|Kling|Klocko|Koch|Koelpin|Koepp|Kohler|Konopelski|Koss|Kovacek|Kozey|' +
      'Krajcik|Kreiger|Kris|Kshlerin|Kub|Kuhic|Kuhlman|Kuhn|Kulas|Kunde|Kunze|Kuphal|Kutch|Kuvalis|' +
      'Labadie|Lakin|Lang|Langosh|Langworth|Larkin|Larson|Leannon|Lebsack|Ledner|Leffler|Legros|Lehner|' +
      'Lemke|Lesch|Leuschke|Lind|Lindgren|Littel|Little|Lockman|Lowe|Lubowitz|Lueilwitz|Luettgen|Lynch|' +
      'MacGyver|Macejkovic|Maggio|Mann|Mante|Marks|Marquardt|Marvin|Mayer|Mayert|McClure|McCullough|' +
      'McDermott|McGlynn|McKenzie|McLaughlin|Medhurst|Mertz|Metz|Miller|Mills|Mitchell|Moen|Mohr|' +
      'Monahan|Moore|Morar|Morissette|Mosciski|Mraz|Mueller|Muller|Murazik|Murphy|Murray|Nader|Nicolas|' +
      "Nienow|Nikolaus|Nitzsche|Nolan|O'Connell|O'Conner|O'Hara|O'Keefe|O'Kon|O'Reilly|Oberbrunner|" +
      'Okuneva|Olson|Ondricka|Orn|Ortiz|Osinski|Pacocha|Padberg|Pagac|Parisian|Parker|Paucek|' +
      'Pfannerstill|Pfeffer|Pollich|Pouros|Powlowski|Predovic|Price|Prohaska|Prosacco|Purdy|Quigley|' +
      'Quitzon|Rath|Ratke|Rau|Raynor|Reichel|Reichert|Reilly|Reinger|Rempel|Renner|Reynolds|Rice|Rippin|' +
      'Ritchie|Robel|Roberts|Rodriguez|Rogahn|Rohan|Rolfson|Romaguera|Roob|Rosenbaum|Rowe|Ruecker|' +
      'Runolfsdottir|Runolfsson|Runte|Russel|Rutherford|Ryan|Sanford|Satterfield|Sauer|Sawayn|Schaden|' +
      'Schaefer|Schamberger|Schiller|Schimmel|Schinner|Schmeler|Schmidt|Schmitt|Schneider|Schoen|' +
      'Schowalter|Schroeder|Schulist|Schultz|Schumm|Schuppe|Schuster|Senger|Shanahan|Shields|Simonis|' +
      'Sipes|Skiles|Smith|Smitham|Spencer|Spinka|Sporer|Stamm|Stanton|Stark|Stehr|Steuber|Stiedemann|' +
      'Stokes|Stoltenberg|Stracke|Streich|Stroman|Strosin|Swaniawski|Swift|Terry|Thiel|Thompson|Tillman|' +
      'Torp|Torphy|Towne|Toy|Trantow|Tremblay|Treutel|Tromp|Turcotte|Turner|Ullrich|Upton|Vandervort|' +
      'Veum|Volkman|Von|VonRueden|Waelchi|Walker|Walsh|Walter|Ward|Waters|Watsica|Weber|Wehner|Weimann|' +
      'Weissnat|Welch|West|White|Wiegand|Wilderman|Wilkinson|Will|Williamson|Willms|Windler|Wintheiser|' +
      'Wisoky|Wisozk|Witting|Wiza|Wolf|Wolff|Wuckert|Wunsch|Wyman|Yost|Yundt|Zboncak|Zemlak|Ziemann|' +
      'Zieme|Zulauf',
    lastPatterns: [
      { weight: 95, value: 'L' },
      { weight: 5, value: 'L-L' },
    ],
    companyPatterns: ['{L} - {L}', '{L} {S}', '{L}, {L} and {L}'],
    legalEntityTypes: ['Group', 'Inc', 'LLC', 'and Sons'],
  },
  de: {
    first:
      'Aaliyah|Abby|Abigail|Ada|Adelina|Adriana|Aileen|Aimee|Alana|Alea|Alena|Alessa|Alessia|Alexa|' +
      'Alexandra|Alexia|Alexis|Aleyna|Alia|Alica|Alice|Alicia|Alina|Alisa|Alisha|Alissa|Aliya|Aliyah|' +
      'Allegra|Alma|Alyssa|Amalia|Amanda|Amelia|Amelie|Amina|Amira|Amy|Ana|Anabel|Anastasia|Andrea|' +
      'Angela|Angelina|Angelique|Anja|Ann|Anna|Annabel|Annabell|Annabelle|Annalena|Anne|Anneke|Annelie|' +
      'Annemarie|Anni|Annie|Annika|Anny|Anouk|Antonia|Arda|Ariana|Ariane|Arwen|Ashley|Asya|Aurelia|' +
      'Aurora|Ava|Ayleen|Aylin|Ayse|Azra|Betty|Bianca|Bianka|Caitlin|Cara|Carina|Carla|Carlotta|Carmen|' +
      'Carolin|Carolina|Caroline|Cassandra|Catharina|Catrin|Cecile|Cecilia|Celia|Celina|Celine|Ceyda|' +
      'Ceylin|Chantal|Charleen|Charlotta|Charlotte|Chayenne|Cheyenne|Chiara|Christin|Christina|Cindy|' +
      'Claire|Clara|Clarissa|Colleen|Collien|Cora|Corinna|Cosima|Dana|Daniela|Daria|Darleen|Defne|Delia|' +
      'Denise|Diana|Dilara|Dina|Dorothea|Ecrin|Eda|Eileen|Ela|Elaine|Elanur|Elea|Elena|Eleni|Eleonora|' +
      'Eliana|Elif|Elina|Elisa|Elisabeth|Ella|Ellen|Elli|Elly|Elsa|Emelie|Emely|Emilia|Emilie|Emily|' +
      'Emma|Emmely|Emmi|Emmy|Enie|Enna|Enya|Esma|Estelle|Esther|Eva|Evelin|Evelina|Eveline|Evelyn|' +
      'Fabienne|Fatima|Fatma|Felicia|Felicitas|Felina|Femke|Fenja|Fine|Finia|Finja|Finnja|Fiona|Flora|' +
      'Florentine|Francesca|Franka|Franziska|Frederike|Freya|Frida|Frieda|Friederike|Giada|Gina|Giulia|' +
      'Giuliana|Greta|Hailey|Hana|Hanna|Hannah|Heidi|Helen|Helena|Helene|Helin|Henriette|Henrike|' +
      'Hermine|Ida|Ilayda|Imke|Ina|Ines|Inga|Inka|Irem|Isa|Isabel|Isabell|Isabella|Isabelle|Ivonne|' +
      'Jacqueline|Jamie|Jamila|Jana|Jane|Janin|Janina|Janine|Janna|Janne|Jara|Jasmin|Jasmina|Jasmine|' +
      'Jella|Jenna|Jennifer|Jenny|Jessica|Jessy|Jette|Jil|Jill|Joana|Joanna|Joelina|Joeline|Joelle|' +
      'Johanna|Joleen|Jolie|Jolien|Jolin|Jolina|Joline|Jona|Jonah|Jonna|Josefin|Josefine|Josephin|' +
      'Josephine|Josie|Josy|Joy|Joyce|Judith|Judy|Jule|Julia|Juliana|Juliane|Julie|Julienne|Julika|' +
      'Julina|Juna|Justine|Kaja|Karina|Karla|Karlotta|Karolina|Karoline|Kassandra|Katarina|Katharina|' +
      'Kathrin|Katja|Katrin|Kaya|Kayra|Kiana|Kiara|Kim|Kimberley|Kimberly|Kira|Klara|Korinna|Kristin|' +
      'Kyra|Laila|Lana|Lara|Larissa|Laura|Laureen|Lavinia|Lea|Leah|Leana|Leandra|Leann|Lee|Leila|Lena|' +
      'Lene|Leni|Lenia|Lenja|Lenya|Leona|Leoni|Leonie|Leonora|Leticia|Letizia|Levke|Leyla|Lia|Liah|' +
      'Liana|Lili|Lilia|Lilian|Liliana|Lilith|Lilli|Lillian|Lilly|Lily|Lina|Linda|Lindsay|Line|Linn|' +
      'Linnea|Lisa|Lisann|Lisanne|Liv|Livia|Liz|Lola|Loreen|Lorena|Lotta|Lotte|Louisa|Louise|Luana|Luca|' +
      'Lucia|Lucie|Lucienne|Lucy|Luisa|Luise|Luka|Luna|Luzie|Lya|Lydia|Lyn|Lynn|Madeleine|Madita|' +
      'Madleen|Madlen|Magdalena|Maike|Mailin|Maira|Maja|Malena|Malia|Malin|Malina|Mandy|Mara|Marah|' +
      'Mareike|Maren|Maria|Mariam|Marie|Marieke|Mariella|Marika|Marina|Marisa|Marissa|Marit|Marla|' +
      'Marleen|Marlen|Marlena|Marlene|Marta|Martha|Mary|Maryam|Mathilda|Mathilde|Matilda|Maxi|Maxima|' +
      'Maxine|Maya|Mayra|Medina|Medine|Meike|Melanie|Melek|Melike|Melina|Melinda|Melis|Melisa|Melissa|' +
      'Merle|Merve|Meryem|Mette|Mia|Michaela|Michelle|Mieke|Mila|Milana|Milena|Milla|Mina|Mira|Miray|' +
      'Miriam|Mirja|Mona|Monique|Nadine|Nadja|Naemi|Nancy|Naomi|Natalia|Natalie|Nathalie|Neele|Nela|' +
      'Nele|Nelli|Nelly|Nia|Nicole|Nika|Nike|Nikita|Nila|Nina|Nisa|Noemi|Nora|Olivia|Patricia|Patrizia|' +
      'Paula|Paulina|Pauline|Penelope|Philine|Phoebe|Pia|Rahel|Rania|Rebecca|Rebekka|Riana|Rieke|Rike|' +
      'Romina|Romy|Ronja|Rosa|Rosalie|Ruby|Sabrina|Sahra|Sally|Salome|Samantha|Samia|Samira|Sandra|' +
      'Sandy|Sanja|Saphira|Sara|Sarah|Saskia|Selin|Selina|Selma|Sena|Sidney|Sienna|Silja|Sina|Sinja|' +
      'Smilla|Sofia|Sofie|Sonja|Sophia|Sophie|Soraya|Stefanie|Stella|Stephanie|Stina|Sude|Summer|' +
      'Susanne|Svea|Svenja|Sydney|Tabea|Talea|Talia|Tamara|Tamia|Tamina|Tanja|Tara|Tarja|Teresa|Tessa|' +
      'Thalea|Thalia|Thea|Theresa|Tia|Tina|Tomke|Tuana|Valentina|Valeria|Valerie|Vanessa|Vera|Veronika|' +
      'Victoria|Viktoria|Viola|Vivian|Vivien|Vivienne|Wibke|Wiebke|Xenia|Yara|Yaren|Yasmin|Ylvi|Ylvie|' +
      'Yvonne|Zara|Zehra|Zeynep|Zoe|Zoey|Zoé|Aaron|Abdul|Abdullah|Adam|Adrian|Adriano|Ahmad|Ahmed|Ahmet|' +
      'Alan|Albert|Alessandro|Alessio|Alex|Alexander|Alfred|Ali|Amar|Amir|Amon|Andre|Andreas|Andrew|' +
      'Angelo|Ansgar|Anthony|Anton|Antonio|Arian|Armin|Arne|Arno|Arthur|Artur|Arved|Arvid|Ayman|Baran|' +
      'Baris|Bastian|Batuhan|Bela|Ben|Benedikt|Benjamin|Bennet|Bennett|Benno|Bent|Berat|Berkay|Bernd|' +
      'Bilal|Bjarne|Björn|Bo|Boris|Brandon|Brian|Bruno|Bryan|Burak|Calvin|Can|Carl|Carlo|Carlos|Caspar|' +
      'Cedric|Cedrik|Cem|Charlie|Chris|Christian|Christiano|Christoph|Christopher|Claas|Clemens|Colin|' +
      'Collin|Conner|Connor|Constantin|Corvin|Curt|Damian|Damien|Daniel|Danilo|Danny|Darian|Dario|' +
      'Darius|Darren|David|Davide|Davin|Dean|Deniz|Dennis|Denny|Devin|Diego|Dion|Domenic|Domenik|' +
      'Dominic|Dominik|Dorian|Dustin|Dylan|Eddi|Eddy|Edgar|Edwin|Efe|Ege|Elia|Eliah|Elias|Elijah|' +
      'Emanuel|Emil|Emilian|Emilio|Emir|Emirhan|Emre|Enes|Enno|Enrico|Eren|Eric|Erik|Etienne|Fabian|' +
      'Fabien|Fabio|Fabrice|Falk|Felix|Ferdinand|Fiete|Filip|Finlay|Finley|Finn|Finnley|Florian|' +
      'Francesco|Franz|Frederic|Frederick|Frederik|Friedrich|Fritz|Furkan|Fynn|Gabriel|Georg|Gerrit|' +
      'Gian|Gianluca|Gino|Giuliano|Giuseppe|Gregor|Gustav|Hagen|Hamza|Hannes|Hanno|Hans|Hasan|Hassan|' +
      'Hauke|Hendrik|Hennes|Henning|Henri|Henrick|Henrik|Henry|Hugo|Hussein|Ian|Ibrahim|Ilias|Ilja|' +
      'Ilyas|Immanuel|Ismael|Ismail|Ivan|Iven|Jack|Jacob|Jaden|Jakob|Jamal|James|Jan|Janek|Janis|Jannek|' +
      'Jannes|Jannik|Jannis|Jano|Janosch|Jared|Jari|Jarne|Jarno|Jaron|Jason|Jasper|Jay|Jayden|Jayson|' +
      'Jean|Jens|Jeremias|Jeremie|Jeremy|Jermaine|Jerome|Jesper|Jesse|Jim|Jimmy|Joe|Joel|Joey|Johann|' +
      'Johannes|John|Johnny|Jon|Jonas|Jonathan|Jonte|Joost|Jordan|Joris|Joscha|Joschua|Josef|Joseph|' +
      'Josh|Joshua|Josua|Juan|Julian|Julien|Julius|Juri|Justin|Justus|Kaan|Kai|Kalle|Karim|Karl|Karlo|' +
      'Kay|Keanu|Kenan|Kenny|Keno|Kerem|Kerim|Kevin|Kian|Kilian|Kimi|Kjell|Klaas|Klemens|Konrad|' +
      'Konstantin|Koray|Korbinian|Kurt|Lars|Lasse|Laurence|Laurens|Laurenz|Laurin|Lean|Leander|Leandro|' +
      'Leif|Len|Lenn|Lennard|Lennart|Lennert|Lennie|Lennox|Lenny|Leo|Leon|Leonard|Leonardo|Leonhard|' +
      'Leonidas|Leopold|Leroy|Levent|Levi|Levin|Lewin|Lewis|Liam|Lian|Lias|Lino|Linus|Lio|Lion|Lionel|' +
      'Logan|Lorenz|Lorenzo|Loris|Louis|Luan|Luc|Lucas|Lucian|Lucien|Ludwig|Luis|Luiz|Luk|Lukas|Luke|' +
      'Lutz|Maddox|Mads|Magnus|Maik|Maksim|Malik|Malte|Manuel|Marc|Marcel|Marco|Marcus|Marek|Marian|' +
      'Mario|Marius|Mark|Marko|Markus|Marlo|Marlon|Marten|Martin|Marvin|Marwin|Mateo|Mathis|Matis|Mats|' +
      'Matteo|Mattes|Matthias|Matthis|Matti|Mattis|Maurice|Max|Maxim|Maximilian|Mehmet|Meik|Melvin|' +
      'Merlin|Mert|Michael|Michel|Mick|Miguel|Mika|Mikail|Mike|Milan|Milo|Mio|Mirac|Mirco|Mirko|Mohamed|' +
      'Mohammad|Mohammed|Moritz|Morten|Muhammed|Murat|Mustafa|Nathan|Nathanael|Nelson|Neo|Nevio|Nick|' +
      'Niclas|Nico|Nicolai|Nicolas|Niels|Niklas|Niko|Nikolai|Nikolas|Nils|Nino|Noah|Noel|Norman|Odin|' +
      'Oke|Ole|Oliver|Omar|Onur|Oscar|Oskar|Pascal|Patrice|Patrick|Paul|Peer|Pepe|Peter|Phil|Philip|' +
      'Philipp|Pierre|Piet|Pit|Pius|Quentin|Quirin|Rafael|Raik|Ramon|Raphael|Rasmus|Raul|Rayan|René|' +
      'Ricardo|Riccardo|Richard|Rick|Rico|Robert|Robin|Rocco|Roman|Romeo|Ron|Ruben|Ryan|Said|Salih|Sam|' +
      'Sami|Sammy|Samuel|Sandro|Santino|Sascha|Sean|Sebastian|Selim|Semih|Shawn|Silas|Simeon|Simon|' +
      'Sinan|Sky|Stefan|Steffen|Stephan|Steve|Steven|Sven|Sönke|Sören|Taha|Tamino|Tammo|Tarik|Tayler|' +
      'Taylor|Teo|Theo|Theodor|Thies|Thilo|Thomas|Thorben|Thore|Thorge|Tiago|Til|Till|Tillmann|Tim|Timm|' +
      'Timo|Timon|Timothy|Tino|Titus|Tizian|Tjark|Tobias|Tom|Tommy|Toni|Tony|Torben|Tore|Tristan|Tyler|' +
      'Tyron|Umut|Valentin|Valentino|Veit|Victor|Viktor|Vin|Vincent|Vito|Vitus|Wilhelm|Willi|William|' +
      'Willy|Xaver|Yannic|Yannick|Yannik|Yannis|Yasin|Youssef|Yunus|Yusuf|Yven|Yves',
    last:
      'Abel|Abicht|Abraham|Abramovic|Abt|Achilles|Achkinadze|Ackermann|Adam|Adams|Ade|Agostini|Ahlke|' +
      'Ahrenberg|Ahrens|Aigner|Albert|Albrecht|Alexa|Alexander|Alizadeh|Allgeyer|Amann|Amberg|Anding|' +
      'Anggreny|Apitz|Arendt|Arens|Arndt|Aryee|Aschenbroich|Assmus|Astafei|Auer|Axmann|Baarck|Bachmann|' +
      'Badane|Bader|Baganz|Bahl|Bak|Balcer|Balck|Balkow|Balnuweit|Balzer|Banse|Barr|Bartels|Barth|' +
      'Barylla|Baseda|Battke|Bauer|Bauermeister|Baumann|Baumeister|Bauschinger|Bauschke|Bayer|Beavogui|' +
      'Beck|Beckel|Becker|Beckmann|Bedewitz|Beele|Beer|Beggerow|Beh|Behr|Behrenbruch|Belz|Bender|' +
      'Benecke|Benner|Benninger|Benzing|Berends|Berger|Berner|Berning|Bertenbreiter|Best|Bethke|Betz|' +
      'Beushausen|Beutelspacher|Beyer|Biba|Bichler|Bickel|Biedermann|Bieler|Bielert|Bienasch|Bienias|' +
      'Biesenbach|Bigdeli|Birkemeyer|Bittner|Blank|Blaschek|Blassneck|Bloch|Blochwitz|Blockhaus|Blum|' +
      'Blume|Bock|Bode|Bogdashin|Bogenrieder|Bohge|Bolm|Borgschulze|Bork|Bormann|Bornscheuer|Borrmann|' +
      'Borsch|Boruschewski|Bos|Bosler|Bourrouag|Bouschen|Boxhammer|Boyde|Bozsik|Brand|Brandenburg|' +
      'Brandis|Brandt|Brauer|Braun|Brehmer|Breitenstein|Bremer|Bremser|Brenner|Brettschneider|Breu|' +
      'Breuer|Briesenick|Bringmann|Brinkmann|Brix|Broening|Brosch|Bruckmann|Bruder|Bruhns|Brunner|Bruns|' +
      'Bräutigam|Brömme|Brüggmann|Buchholz|Buchrucker|Buder|Bultmann|Bunjes|Burger|Burghagen|Burkhard|' +
      'Burkhardt|Burmeister|Busch|Buschbaum|Busemann|Buss|Busse|Bussmann|Byrd|Bäcker|Böhm|Bönisch|' +
      'Börgeling|Börner|Böttner|Büchele|Bühler|Büker|Büngener|Bürger|Bürklein|Büscher|Büttner|Camara|' +
      'Carlowitz|Carlsohn|Caspari|Caspers|Chapron|Christ|Cierpinski|Clarius|Cleem|Cleve|Co|Conrad|' +
      'Cordes|Cornelsen|Cors|Cotthardt|Crews|Cronjäger|Crosskofp|Da|Dahm|Dahmen|Daimer|Damaske|' +
      'Danneberg|Danner|Daub|Daubner|Daudrich|Dauer|Daum|Dauth|Dautzenberg|De|Decker|Deckert|Deerberg|' +
      'Dehmel|Deja|Delonge|Demut|Dengler|Denner|Denzinger|Derr|Dertmann|Dethloff|Deuschle|Dieckmann|' +
      'Diedrich|Diekmann|Dienel|Dies|Dietrich|Dietz|Dietzsch|Diezel|Dilla|Dingelstedt|Dippl|Dittmann|' +
      'Dittmar|Dittmer|Dix|Dobbrunz|Dobler|Dohring|Dolch|Dold|Dombrowski|Donie|Doskoczynski|Dragu|' +
      'Drechsler|Drees|Dreher|Dreier|Dreissigacker|Dressler|Drews|Duma|Dutkiewicz|Dyett|Dylus|Dächert|' +
      'Döbel|Döring|Dörner|Dörre|Dück|Eberhard|Eberhardt|Ecker|Eckhardt|Edorh|Effler|Eggenmueller|Ehm|' +
      'Ehmann|Ehrig|Eich|Eifert|Einert|Eisenlauer|Ekpo|Elbe|Eleyth|Elss|Emert|Emmelmann|Ender|Engel|' +
      'Engelen|Engelmann|Eplinius|Erdmann|Erhardt|Erlei|Erm|Ernst|Ertl|Erwes|Esenwein|Esser|Evers|' +
      'Everts|Ewald|Fahner|Faller|Falter|Farber|Fassbender|Faulhaber|Fehrig|Feld|Felke|Feller|Fenner|' +
      'Fenske|Feuerbach|Fietz|Figl|Figura|Filipowski|Filsinger|Fincke|Fink|Finke|Fischer|Fitschen|' +
      'Fleischer|Fleischmann|Floder|Florczak|Flore|Flottmann|Forkel|Forst|Frahmeke|Frank|Franke|Franta|' +
      'Frantz|Franz|Franzis|Franzmann|Frauen|Frauendorf|Freigang|Freimann|Freimuth|Freisen|Frenzel|Frey|' +
      'Fricke|Fried|Friedek|Friedenberg|Friedmann|Friedrich|Friess|Frisch|Frohn|Frosch|Fuchs|Fuhlbrügge|' +
      'Fusenig|Fust|Förster|Gaba|Gabius|Gabler|Gadschiew|Gakstädter|Galander|Gamlin|Gamper|Gangnus|' +
      'Ganzmann|Garatva|Gast|Gastel|Gatzka|Gauder|Gebhardt|Geese|Gehre|Gehrig|Gehring|Gehrke|Geiger|' +
      'Geisler|Geissler|Gelling|Gens|Gerbennow|Gerdel|Gerhardt|Gerschler|Gerson|Gesell|Geyer|Ghirmai|' +
      'Ghosh|Giehl|Gierisch|Giesa|Giesche|Gilde|Glatting|Goebel|Goedicke|Goldbeck|Goldfuss|Goldkamp|' +
      'Goldkühle|Goller|Golling|Gollnow|Golomski|Gombert|Gotthardt|Gottschalk|Gotz|Goy|Gradzki|Graf|' +
      'Grams|Grasse|Gratzky|Grau|Greb|Green|Greger|Greithanner|Greschner|Griem|Griese|Grimm|Gromisch|' +
      'Gross|Grosser|Grossheim|Grosskopf|Grothaus|Grothkopp|Grotke|Grube|Gruber|Grundmann|Gruning|' +
      'Gruszecki|Gröss|Grötzinger|Grün|Grüner|Gummelt|Gunkel|Gunther|Gutjahr|Gutowicz|Gutschank|Göbel|' +
      'Göckeritz|Göhler|Görlich|Görmer|Götz|Götzelmann|Güldemeister|Günther|Günz|Gürbig|Haack|Haaf|' +
      'Habel|Hache|Hackbusch|Hackelbusch|Hadfield|Hadwich|Haferkamp|Hahn|Hajek|Hallmann|Hamann|' +
      'Hanenberger|Hannecker|Hanniske|Hansen|Hardy|Hargasser|Harms|Harnapp|Harter|Harting|Hartlieb|' +
      'Hartmann|Hartwig|Hartz|Haschke|Hasler|Hasse|Hassfeld|Haug|Hauke|Haupt|Haverney|Heberstreit|' +
      'Hechler|Hecht|Heck|Hedermann|Hehl|Heidelmann|Heidler|Heinemann|Heinig|Heinke|Heinrich|Heinze|' +
      'Heiser|Heist|Hellmann|Helm|Helmke|Helpling|Hengmith|Henkel|Hennes|Henry|Hense|Hensel|Hentel|' +
      'Hentschel|Hentschke|Hepperle|Herberger|Herbrand|Hering|Hermann|Hermecke|Herms|Herold|Herrmann|' +
      'Herschmann|Hertel|Herweg|Herwig|Herzenberg|Hess|Hesse|Hessek|Hessler|Hetzler|Heuck|Heydemüller|' +
      'Hiebl|Hildebrand|Hildenbrand|Hilgendorf|Hillard|Hiller|Hingsen|Hingst|Hinrichs|Hirsch|Hirschberg|' +
      'Hirt|Hodea|Hoffman|Hoffmann|Hofmann|Hohenberger|Hohl|Hohn|Hohnheiser|Hold|Holdt|Holinski|Holl|' +
      'Holtfreter|Holz|Holzdeppe|Holzner|Hommel|Honz|Hooss|Hoppe|Horak|Horn|Horna|Hornung|Hort|Howard|' +
      'Huber|Huckestein|Hudak|Huebel|Hugo|Huhn|Hujo|Huke|Huls|Humbert|Huneke|Huth|Häber|Häfner|Höcke|' +
      'Höft|Höhne|Hönig|Hördt|Hübenbecker|Hübl|Hübner|Hügel|Hüttcher|Hütter|Ibe|Ihly|Illing|Isak|' +
      'Isekenmeier|Itt|Jacob|Jacobs|Jagusch|Jahn|Jahnke|Jakobs|Jakubczyk|Jambor|Jamrozy|Jander|Janich|' +
      'Janke|Jansen|Jarets|Jaros|Jasinski|Jasper|Jegorov|Jellinghaus|Jeorga|Jerschabek|Jess|John|Jonas|' +
      'Jossa|Jucken|Jung|Jungbluth|Jungton|Just|Jürgens|Kaczmarek|Kaesmacher|Kahl|Kahlert|Kahles|' +
      'Kahlmeyer|Kaiser|Kalinowski|Kallabis|Kallensee|Kampf|Kampschulte|Kappe|Kappler|Karhoff|Karrass|' +
      'Karst|Karsten|Karus|Kass|Kasten|Kastner|Katzinski|Kaufmann|Kaul|Kausemann|Kawohl|Kazmarek|' +
      'Kedzierski|Keil|Keiner|Keller|Kelm|Kempe|Kemper|Kempter|Kerl|Kern|Kesselring|Kesselschläger|' +
      'Kette|Kettenis|Keutel|Kick|Kiessling|Kinadeter|Kinzel|Kinzy|Kirch|Kirst|Kisabaka|Klaas|Klabuhn|' +
      'Klapper|Klauder|Klaus|Kleeberg|Kleiber|Klein|Kleinert|Kleininger|Kleinmann|Kleinsteuber|Kleiss|' +
      'Klemme|Klimczak|Klinger|Klink|Klopsch|Klose|Kloss|Kluge|Kluwe|Knabe|Kneifel|Knetsch|Knies|' +
      'Knippel|Knobel|Knoblich|Knoll|Knorr|Knorscheidt|Knut|Kobs|Koch|Kochan|Kock|Koczulla|Koderisch|' +
      'Koehl|Koehler|Koenig|Koester|Kofferschlager|Koha|Kohle|Kohlmann|Kohnle|Kohrt|Koj|Kolb|Koleiski|' +
      'Kolokas|Komoll|Konieczny|Konig|Konow|Konya|Koob|Kopf|Kosenkow|Koster|Koszewski|Koubaa|Kovacs|' +
      'Kowalick|Kowalinski|Kozakiewicz|Krabbe|Kraft|Kral|Kramer|Krauel|Kraus|Krause|Krauspe|Kreb|Krebs|' +
      'Kreissig|Kresse|Kreutz|Krieger|Krippner|Krodinger|Krohn|Krol|Kron|Krueger|Krug|Kruger|Krull|' +
      'Kruschinski|Krämer|Kröckert|Kröger|Krüger|Kubera|Kufahl|Kuhlee|Kuhnen|Kulimann|Kulma|Kumbernuss|' +
      'Kummle|Kunz|Kupfer|Kupprion|Kuprion|Kurnicki|Kurrat|Kurschilgen|Kuschewitz|Kuschmann|Kuske|' +
      'Kustermann|Kutscherauer|Kutzner|Kwadwo|Kähler|Käther|Köhler|Köhrbrück|Köhre|Kölotzei|König|' +
      'Köpernick|Köseoglu|Kúhn|Kúhnert|Kühn|Kühnel|Kühnemund|Kühnert|Kühnke|Küsters|Küter|Laack|Lack|' +
      'Ladewig|Lakomy|Lammert|Lamos|Landmann|Lang|Lange|Langfeld|Langhirt|Lanig|Lauckner|Lauinger|' +
      'Laurén|Lausecker|Laux|Laws|Lax|Leberer|Lehmann|Lehner|Leibold|Leide|Leimbach|Leipold|Leist|' +
      'Leiter|Leiteritz|Leitheim|Leiwesmeier|Lenfers|Lenk|Lenz|Lenzen|Leo|Lepthin|Lesch|Leschnik|' +
      'Letzelter|Lewin|Lewke|Leyckes|Lg|Lichtenfeld|Lichtenhagen|Lichtl|Liebach|Liebe|Liebich|Liebold|' +
      'Lieder|Lienshöft|Linden|Lindenberg|Lindenmayer|Lindner|Linke|Linnenbaum|Lippe|Lipske|Lipus|' +
      'Lischka|Lobinger|Logsch|Lohmann|Lohre|Lohse|Lokar|Loogen|Lorenz|Losch|Loska|Lott|Loy|Lubina|' +
      'Ludolf|Lufft|Lukoschek|Lutje|Lutz|Löser|Löwa|Lübke|Maak|Maczey|Madetzky|Madubuko|Mai|Maier|' +
      'Maisch|Malek|Malkus|Mallmann|Malucha|Manns|Manz|Marahrens|Marchewski|Margis|Markowski|Marl|' +
      'Marner|Marquart|Marschek|Martel|Marten|Martin|Marx|Marxen|Mathes|Mathies|Mathiszik|Matschke|' +
      'Mattern|Matthes|Matula|Mau|Maurer|Mauroff|May|Maybach|Mayer|Mebold|Mehl|Mehlhorn|Mehlorn|Meier|' +
      'Meisch|Meissner|Meloni|Melzer|Menga|Menne|Mensah|Mensing|Merkel|Merseburg|Mertens|Mesloh|Metzger|' +
      'Metzner|Mewes|Meyer|Michallek|Michel|Mielke|Mikitenko|Milde|Minah|Mintzlaff|Mockenhaupt|Moede|' +
      'Moedl|Moeller|Moguenara|Mohr|Mohrhard|Molitor|Moll|Moller|Molzan|Montag|Moormann|Mordhorst|' +
      'Morgenstern|Morhelfer|Moritz|Moser|Motchebon|Motzenbbäcker|Mrugalla|Muckenthaler|Mues|Muller|' +
      'Mulrain|Mächtig|Mäder|Möcks|Mögenburg|Möhsner|Möldner|Möllenbeck|Möller|Möllinger|Mörsch|Mühleis|' +
      'Müller|Münch|Nabein|Nabow|Nagel|Nannen|Nastvogel|Nau|Naubert|Naumann|Ne|Neimke|Nerius|Neubauer|' +
      'Neubert|Neuendorf|Neumair|Neumann|Neupert|Neurohr|Neuschwander|Newton|Ney|Nicolay|Niedermeier|' +
      'Nieklauson|Niklaus|Nitzsche|Noack|Nodler|Nolte|Normann|Norris|Northoff|Nowak|Nussbeck|Nwachukwu|' +
      'Nytra|Nöh|Oberem|Obergföll|Obermaier|Ochs|Oeser|Olbrich|Onnen|Ophey|Oppong|Orth|Orthmann|' +
      'Oschkenat|Osei|Osenberg|Ostendarp|Ostwald|Otte|Otto|Paesler|Pajonk|Pallentin|Panzig|Paschke|' +
      'Patzwahl|Paukner|Peselman|Peter|Peters|Petzold|Pfeiffer|Pfennig|Pfersich|Pfingsten|Pflieger|' +
      'Pflügner|Philipp|Pichlmaier|Piesker|Pietsch|Pingpank|Pinnock|Pippig|Pitschugin|Plank|Plass|' +
      'Platzer|Plauk|Plautz|Pletsch|Plotzitzka|Poehn|Poeschl|Pogorzelski|Pohl|Pohland|Pohle|Polifka|' +
      'Polizzi|Pollmächer|Pomp|Ponitzsch|Porsche|Porth|Poschmann|Poser|Pottel|Prah|Prange|Prediger|' +
      'Pressler|Preuk|Preuss|Prey|Priemer|Proske|Pusch|Pöche|Pöge|Raabe|Rabenstein|Rach|Radtke|Rahn|' +
      'Ranftl|Rangen|Ranz|Rapp|Rath|Rau|Raubuch|Raukuc|Rautenkranz|Rehwagen|Reiber|Reichardt|Reichel|' +
      'Reichling|Reif|Reifenrath|Reimann|Reinberg|Reinelt|Reinhardt|Reinke|Reitze|Renk|Rentz|Renz|' +
      'Reppin|Restle|Restorff|Retzke|Reuber|Reumann|Reus|Reuss|Reusse|Rheder|Rhoden|Richards|Richter|' +
      'Riedel|Riediger|Rieger|Riekmann|Riepl|Riermeier|Riester|Riethmüller|Rietmüller|Rietscher|Ringel|' +
      'Ringer|Rink|Ripken|Ritosek|Ritschel|Ritter|Rittweg|Ritz|Roba|Rockmeier|Rodehau|Rodowski|Roecker|' +
      'Roggatz|Rohländer|Rohrer|Rokossa|Roleder|Roloff|Roos|Rosbach|Roschinsky|Rose|Rosenauer|' +
      'Rosenbauer|Rosenthal|Rosksch|Rossberg|Rossler|Roth|Rother|Ruch|Ruckdeschel|Rumpf|Rupprecht|Ruth|' +
      'Ryjikh|Ryzih|Rädler|Räntsch|Rödiger|Röse|Röttger|Rücker|Rüdiger|Rüter|Sachse|Sack|Saflanis|' +
      'Sagafe|Sagonas|Sahner|Saile|Sailer|Salow|Salzer|Salzmann|Sammert|Sander|Sarvari|Sattelmaier|' +
      'Sauer|Sauerland|Saumweber|Savoia|Scc|Schacht|Schaefer|Schaffarzik|Schahbasian|Scharf|Schedler|' +
      'Scheer|Schelk|Schellenbeck|Schembera|Schenk|Scherbarth|Scherer|Schersing|Scherz|Scheurer|' +
      'Scheuring|Scheytt|Schielke|Schieskow|Schildhauer|Schilling|Schima|Schimmer|Schindzielorz|' +
      'Schirmer|Schirrmeister|Schlachter|Schlangen|Schlawitz|Schlechtweg|Schley|Schlicht|Schlitzer|' +
      'Schmalzle|Schmid|Schmidt|Schmidtchen|Schmitt|Schmitz|Schmuhl|Schneider|Schnelting|Schnieder|' +
      'Schniedermeier|Schnürer|Schoberg|Scholz|Schonberg|Schondelmaier|Schorr|Schott|Schottmann|' +
      'Schouren|Schrader|Schramm|Schreck|Schreiber|Schreiner|Schreiter|Schroder|Schröder|Schuermann|' +
      'Schuff|Schuhaj|Schuldt|Schult|Schulte|Schultz|Schultze|Schulz|Schulze|Schumacher|Schumann|Schupp|' +
      'Schuri|Schuster|Schwab|Schwalm|Schwanbeck|Schwandke|Schwanitz|Schwarthoff|Schwartz|Schwarz|' +
      'Schwarzer|Schwarzkopf|Schwarzmeier|Schwatlo|Schweisfurth|Schwennen|Schwerdtner|Schwidde|' +
      'Schwirkschlies|Schwuchow|Schäfer|Schäffel|Schäffer|Schäning|Schöckel|Schönball|Schönbeck|' +
      'Schönberg|Schönebeck|Schönenberger|Schönfeld|Schönherr|Schönlebe|Schötz|Schüler|Schüppel|Schütz|' +
      'Schütze|Seeger|Seelig|Sehls|Seibold|Seidel|Seiders|Seigel|Seiler|Seitz|Semisch|Senkel|Sewald|' +
      'Siebel|Siebert|Siegling|Sielemann|Siemon|Siener|Sievers|Siewert|Sihler|Sillah|Simon|Sinnhuber|' +
      'Sischka|Skibicki|Sladek|Slotta|Smieja|Soboll|Sokolowski|Soller|Sollner|Sommer|Somssich|Sonn|' +
      'Sonnabend|Spahn|Spank|Spelmeyer|Spiegelburg|Spielvogel|Spinner|Spitzmüller|Splinter|Sporrer|' +
      'Sprenger|Spöttel|Stahl|Stang|Stanger|Stauss|Steding|Steffen|Steffny|Steidl|Steigauf|Stein|' +
      'Steinecke|Steinert|Steinkamp|Steinmetz|Stelkens|Stengel|Stengl|Stenzel|Stepanov|Stephan|Stern|' +
      'Steuk|Stief|Stifel|Stoll|Stolle|Stolz|Storl|Storp|Stoutjesdijk|Stratmann|Straub|Strausa|Streck|' +
      'Streese|Strege|Streit|Streller|Strieder|Striezel|Strogies|Strohschank|Strunz|Strutz|Stube|' +
      'Stöckert|Stöppler|Stöwer|Stürmer|Suffa|Sujew|Sussmann|Suthe|Sutschet|Swillims|Szendrei|Sören|' +
      'Sürth|Tafelmeier|Tang|Tasche|Taufratshofer|Tegethof|Teichmann|Tepper|Terheiden|Terlecki|Teufel|' +
      'Theele|Thieke|Thimm|Thiomas|Thomas|Thriene|Thränhardt|Thust|Thyssen|Thöne|Tidow|Tiedtke|Tietze|' +
      'Tilgner|Tillack|Timmermann|Tischler|Tischmann|Tittman|Tivontschik|Tonat|Tonn|Trampeli|Trauth|' +
      'Trautmann|Travan|Treff|Tremmel|Tress|Tsamonikian|Tschiers|Tschirch|Tuch|Tucholke|Tudow|Tuschmo|' +
      'Tächl|Többen|Töpfer|Uhlemann|Uhlig|Uhrig|Uibel|Uliczka|Ullmann|Ullrich|Umbach|Umlauft|Umminger|' +
      'Unger|Unterpaintner|Urban|Urbaniak|Urbansky|Urhig|Vahlensieck|Van|Vangermain|Vater|Venghaus|' +
      'Verniest|Verzi|Vey|Viellehner|Vieweg|Voelkel|Vogel|Vogelgsang|Vogt|Voigt|Vokuhl|Volk|Volker|' +
      'Volkmann|Von|Vona|Vontein|Wachenbrunner|Wachtel|Wagner|Waibel|Wakan|Waldmann|Wallner|Wallstab|' +
      'Walter|Walther|Walton|Walz|Wanner|Wartenberg|Waschbüsch|Wassilew|Wassiluk|Weber|Wehrsen|Weidlich|' +
      'Weidner|Weigel|Weight|Weiler|Weimer|Weis|Weiss|Weller|Welsch|Welz|Welzel|Weniger|Wenk|Werle|' +
      'Werner|Werrmann|Wessel|Wessinghage|Weyel|Wezel|Wichmann|Wickert|Wiebe|Wiechmann|Wiegelmann|' +
      'Wierig|Wiese|Wieser|Wilhelm|Wilky|Will|Willwacher|Wilts|Wimmer|Winkelmann|Winkler|Winter|Wischek|' +
      'Wischer|Wissing|Wittich|Wittl|Wolf|Wolfarth|Wolff|Wollenberg|Wollmann|Woytkowska|Wujak|Wurm|' +
      'Wyludda|Wölpert|Wöschler|Wühn|Wünsche|Zach|Zaczkiewicz|Zahn|Zaituc|Zandt|Zanner|Zapletal|Zauber|' +
      'Zeidler|Zekl|Zender|Zeuch|Zeyen|Zeyhle|Ziegler|Zimanyi|Zimmer|Zimmermann|Zinser|Zintl|Zipp|Zipse|' +
      'Zschunke|Zuber|Zwiener|Zümsande|Östringer|Überacker',
    lastPatterns: [{ weight: 1, value: 'L' }],
    companyPatterns: ['{L} {S}', '{L}, {L} und {L}', '{L}-{L}'],
    legalEntityTypes: ['AG', 'GmbH', 'GmbH & Co. KG', 'Gruppe', 'KG', 'OHG', 'UG'],
  },
  fr: {
    first:
      'Abdonie|Abeline|Abigaelle|Abigaïl|Acacie|Acanthe|Adalbaude|Adalsinde|Adegrine|Adeline|Adeltrude|' +
      'Adolphie|Adonise|Adrastée|Adrehilde|Adrienne|Adèle|Adélaïde|Adélie|Agathe|Agilberte|Aglaé|Agnane|' +
      'Agneflète|Agnès|Agrippine|Aimée|Alaine|Alaïs|Albane|Alberte|Albérade|Alcidie|Alcine|Alcyone|' +
      'Aldegonde|Aleth|Alexandrine|Alexanne|Alexine|Alice|Aliette|Aline|Alix|Alizé|Aliénor|Aloyse|' +
      'Aloïse|Alphonsine|Althée|Amaliane|Amalthée|Amande|Amandine|Amante|Amarande|Amaranthe|Amaryllis|' +
      'Ambre|Ambroisie|Ameline|Aminte|Améliane|Amélie|Améthyste|Anastasie|Anatolie|Anaëlle|Anaïs|' +
      'Anceline|Andrée|Angadrême|Angeline|Angilberte|Angèle|Angélina|Angélique|Anicette|Anicée|' +
      'Annabelle|Anne|Annette|Annonciade|Ansberte|Anstrudie|Anthelmette|Antigone|Antoinette|Antonine|' +
      'Anémone|Aphélie|Apolline|Aquiline|Arabelle|Arcadie|Archange|Argine|Ariane|Aricie|Ariel|Arielle|' +
      'Arlette|Armance|Armande|Armandine|Armeline|Armelle|Armide|Armine|Arnaude|Arsinoé|Arsènie|' +
      'Arthurine|Artémis|Asceline|Ascension|Assomption|Astarté|Astride|Astrée|Astérie|Athalie|Athanasie|' +
      'Athina|Athénaïs|Aube|Aubertine|Aude|Audeline|Audrey|Augustine|Aure|Aurelle|Auriane|Aurore|' +
      'Aurélie|Aurélienne|Auxane|Aveline|Avigaëlle|Avoye|Axeline|Axelle|Aymardine|Aymonde|Azalée|' +
      'Azeline|Azélie|Barbe|Basilisse|Bathilde|Bernadette|Berthe|Bertille|Betty|Beuve|Blanche|Blandine|' +
      'Brigitte|Brunehaut|Brunehilde|Béatrice|Bénédicte|Bérangère|Camille|Capucine|Carine|Caroline|' +
      'Cassandre|Catherine|Chantal|Charlaine|Charline|Charlotte|Chloé|Christelle|Christiane|Christine|' +
      'Claire|Clara|Clarisse|Claude|Claudine|Clio|Clotilde|Clélie|Clémence|Clémentine|Coline|Conception|' +
      'Constance|Coralie|Coraline|Corentine|Corinne|Cyrielle|Cécile|Céleste|Célestine|Céline|Danielle|' +
      'Daphné|Delphine|Denise|Diane|Dieudonnée|Dominique|Doriane|Dorine|Dorothée|Douce|Débora|Edmée|' +
      'Ella|Elsa|Emma|Emmanuelle|Emmelie|Ernestine|Estelle|Esther|Eudoxie|Eugénie|Eulalie|Euphrasie|' +
      'Eusébie|Eva|Fanny|Fantine|Faustine|Flavie|Fleur|Flore|Florence|Florie|Fortunée|France|Francette|' +
      'Francia|Francine|Françoise|Frédérique|Félicie|Gabrielle|Garance|Gaëlle|Geneviève|Georgette|' +
      'Gerberge|Germaine|Gertrude|Gisèle|Guenièvre|Guilhemine|Guillemette|Gustavine|Gwenaëlle|Henriette|' +
      'Hermine|Hippolyte|Honorine|Hortense|Huguette|Héloïse|Hélène|Inès|Irina|Iris|Irène|Isabeau|' +
      'Isabelle|Iseult|Ismérie|Jacinthe|Jacqueline|Jade|Janine|Jeanne|Jeanne d’Arc|Jehanne|Jocelyne|' +
      'Joséphine|Joëlle|Judith|Julia|Julie|Juliette|Justine|Laura|Laurane|Laure|Laureline|Laurence|' +
      'Lauriane|Laurine|Laurène|Lorraine|Lucie|Lucienne|Lucille|Ludivine|Lydie|Léa|Léna|Léonie|Léonne|' +
      'Léopoldine|Madeleine|Magali|Maguelone|Mahaut|Mallaury|Manon|Marceline|Margot|Marguerite|Marianne|' +
      'Marie|Marine|Marion|Marlène|Marthe|Martine|Mathilde|Maud|Maureen|Mauricette|Maxellende|Maxime|' +
      'Michèle|Mireille|Miriam|Monique|Morgane|Moïsette|Muriel|Mylène|Mégane|Mélanie|Mélisande|Mélissa|' +
      'Mélissandre|Mélodie|Nadine|Nadège|Nathalie|Nicole|Nine|Noémie|Noëlle|Océane|Odette|Odile|Olive|' +
      'Olympe|Ombline|Ophélie|Oriande|Oriane|Orlane|Ozanne|Pascale|Paule|Paulette|Pauline|Perrine|' +
      'Philippine|Philomène|Philothée|Primerose|Priscille|Prudence|Pulchérie|Pécine|Pélagie|Pénélope|' +
      'Pétronille|Quentine|Quintia|Quiéta|Rachel|Raphaëlle|Raymonde|Rebecca|Reine|Renée|Rita|Rolande|' +
      'Romane|Rosalie|Rose|Roseline|Régine|Réjeanne|Sabine|Salomé|Sandra|Sandrine|Sarah|Scholastique|' +
      'Sibylle|Simone|Sixtine|Solange|Soline|Sophie|Stéphanie|Suzanne|Suzon|Swassane|Sylviane|Sylvie|' +
      'Ségolène|Séverine|Tatiana|Thaïs|Théodora|Thérèse|Tiphaine|Ursule|Valentine|Valérie|Victoire|' +
      'Vinciane|Violette|Virginie|Viviane|Véronique|Xavière|Yolande|Ysaline|Yseult|Yvette|Yvonne|Zoé|' +
      'Zoéva|Aaron|Abdon|Abel|Abelin|Abondance|Abraham|Absalon|Abélard|Acace|Achaire|Achille|Adalard|' +
      'Adalbald|Adalbert|Adalbéron|Adalric|Adam|Adegrin|Adel|Adelin|Adelphe|Adenet|Adhémar|Adjutor|' +
      'Adolphe|Adonis|Adrien|Adéodat|Agapet|Agathange|Agathon|Agilbert|Agnan|Agrippin|Aimable|Aimé|' +
      'Alain|Alban|Albert|Albéric|Alcibiade|Alcide|Alcime|Aldonce|Aldric|Aleaume|Alexandre|Alexis|' +
      'Alliaume|Almine|Almire|Aloïs|Alphonse|Alphée|Alpinien|Alverède|Amalric|Amandin|Amant|Ambroise|' +
      'Amiel|Amour|Amédée|Amélien|Anastase|Anatole|Anaël|Ancelin|Andoche|André|Andéol|Ange|Angilbe|' +
      'Angilran|Angoustan|Anicet|Annibal|Ansbert|Anselme|Anthelme|Antide|Antoine|Antonin|Apollinaire|' +
      'Aquilin|Arcade|Archambaud|Archibald|Arian|Ariste|Aristide|Armand|Armel|Armin|Arnaud|Arnould|' +
      'Arolde|Arsène|Arthaud|Arthur|Arthème|Ascelin|Athanase|Aubry|Audebert|Audouin|Audran|Auguste|' +
      'Aurian|Aurèle|Auxence|Axel|Aymard|Aymeric|Aymon|Balthazar|Baptiste|Barnabé|Barthélemy|Bartimée|' +
      'Basile|Bastien|Baudouin|Benjamin|Benoît|Bernard|Bertrand|Blaise|Bohémond|Bon|Boniface|Bouchard|' +
      'Briac|Brice|Brieuc|Bruno|Bénigne|Béranger|Bérard|Calixte|Camillien|Camélien|Candide|Caribert|' +
      'Carloman|Cassien|Charlemagne|Charles|Childebert|Chilpéric|Christian|Christodule|Christophe|' +
      'Chrysole|Chrysostome|Chrétien|Clarence|Claudien|Clotaire|Clovis|Cléandre|Clément|Cléry|Colin|' +
      'Constant|Constantin|Corentin|Cyprien|Cyriaque|Cyrille|Cédric|Célestin|Célien|Césaire|César|Côme|' +
      'Damien|Daniel|David|Delphin|Denis|Didier|Dieudonné|Dimitri|Dorian|Désiré|Edgard|Edmond|Emmanuel|' +
      'Enguerrand|Ernest|Eubert|Eudes|Eudoxe|Eugène|Eustache|Eusèbe|Fabien|Fabrice|Falba|Fantin|' +
      'Ferdinand|Fiacre|Fidèle|Firmin|Flavien|Flodoard|Florent|Florestan|Florian|Fortuné|Foulques|' +
      'Francisque|François|Frédéric|Fulbert|Fulcran|Fulgence|Félicité|Félix|Gabin|Gabriel|Garnier|' +
      'Gaspar|Gaspard|Gaston|Gatien|Gaud|Gautier|Gaël|Geoffroy|Georges|Gerbert|Germain|Gervais|Ghislain|' +
      'Gilbert|Gilles|Girart|Gislebert|Gondebaud|Gonthier|Gontran|Gonzague|Grégoire|Gui|Guillaume|' +
      'Gustave|Guy|Guyot|Guérin|Gédéon|Gérard|Géraud|Hardouin|Hector|Henri|Herbert|Herluin|Hervé|' +
      'Hilaire|Hildebert|Hincmar|Honoré|Hubert|Hugues|Hédelin|Hélier|Innocent|Isidore|Jacques|Japhet|' +
      'Jason|Jean|Jeannel|Jeannot|Joachim|Joanny|Job|Jocelyn|Johan|Jonas|Jonathan|Joseph|Josse|Josselin|' +
      'Jourdain|Joël|Jude|Judicaël|Jules|Julien|Juste|Justin|Jérémie|Jérôme|Lambert|Landry|Laurent|' +
      'Lazare|Leu|Leufroy|Libère|Lionel|Liétald|Longin|Lorrain|Lothaire|Louis|Loup|Loïc|Luc|Lucas|' +
      'Lucien|Ludolphe|Ludovic|Léandre|Léon|Léonard|Léopold|Macaire|Malo|Mamert|Manassé|Marc|Marceau|' +
      'Marcel|Marcelin|Marius|Martial|Martin|Mathurin|Matthias|Matthieu|Maugis|Maurice|Maxence|' +
      'Maximilien|Mayeul|Melchior|Mence|Merlin|Michaël|Michel|Morgan|Moïse|Médéric|Mérovée|Narcisse|' +
      'Nathan|Nathanaël|Naudet|Nestor|Nicolas|Nicéphore|Norbert|Normand|Noé|Noël|Néhémie|Octave|Odilon|' +
      'Odon|Oger|Olivier|Oury|Pacôme|Palémon|Parfait|Pascal|Paterne|Patrice|Paul|Perceval|Philibert|' +
      'Philippe|Philémon|Pie|Pierre|Pierrick|Prosper|Pépin|Quentin|Rachid|Raoul|Raphaël|Raymond|Renaud|' +
      'René|Reybaud|Richard|Robert|Roch|Rodolphe|Rodrigue|Roger|Roland|Romain|Romuald|Roméo|Ronan|' +
      'Roselin|Régis|Réjean|Rémi|Salomon|Samuel|Sauveur|Savin|Savinien|Serge|Sidoine|Sigebert|Sigismond|' +
      'Silvère|Simon|Sixte|Stanislas|Stéphane|Sylvain|Sylvestre|Sébastien|Séraphin|Séverin|Tancrède|' +
      'Tanguy|Taurin|Thibault|Thibert|Thierry|Thomas|Théodore|Théodose|Théophile|Théophraste|Tim|' +
      'Timoléon|Timothée|Titien|Tonnin|Toussaint|Trajan|Tristan|Turold|Ulysse|Urbain|Valentin|Valère|' +
      'Valéry|Venance|Venceslas|Vianney|Victor|Victorien|Victorin|Vigile|Vincent|Vital|Vivien|Waleran|' +
      'Wandrille|Xavier|Xénophon|Yoann|Yves|Zacharie|Zaché|Zéphirin',
    last:
      'Adam|Andre|Arnaud|Aubert|Aubry|Barbier|Baron|Barre|Benoit|Berger|Bernard|Bertrand|Blanc|' +
      'Blanchard|Bonnet|Bourgeois|Boyer|Breton|Brun|Brunet|Caron|Carpentier|Carre|Charles|Charpentier|' +
      'Chevalier|Clement|Colin|Collet|Cousin|Da silva|David|Denis|Deschamps|Dubois|Dufour|Dumas|Dumont|' +
      'Dupont|Dupuis|Dupuy|Durand|Duval|Fabre|Faure|Fernandez|Fleury|Fontaine|Fournier|Francois|' +
      'Gaillard|Garcia|Garnier|Gauthier|Gautier|Gerard|Girard|Giraud|Gonzalez|Guerin|Guillaume|Guillot|' +
      'Guyot|Henry|Hubert|Huet|Jacquet|Jean|Joly|Julien|Lacroix|Laine|Lambert|Laurent|Le gall|Le roux|' +
      'Leclerc|Leclercq|Lecomte|Lefebvre|Lefevre|Legrand|Lemaire|Lemoine|Leroux|Leroy|Lopez|Louis|Lucas|' +
      'Maillard|Marchal|Marchand|Marie|Martin|Martinez|Marty|Masson|Mathieu|Menard|Mercier|Meunier|' +
      'Meyer|Michel|Moreau|Morel|Morin|Moulin|Muller|Nguyen|Nicolas|Noel|Olivier|Paris|Paul|Perez|' +
      'Perrin|Perrot|Petit|Philippe|Picard|Pierre|Poirier|Pons|Prevost|Remy|Renard|Renaud|Renault|Rey|' +
      'Richard|Riviere|Robert|Robin|Roche|Rodriguez|Roger|Rolland|Rousseau|Roussel|Roux|Roy|Royer|' +
      'Sanchez|Schmitt|Schneider|Simon|Thomas|Vasseur|Vidal|Vincent',
    lastPatterns: [{ weight: 1, value: 'L' }],
    companyPatterns: ['{L} et {L}', '{L} {S}'],
    legalEntityTypes: ['EI', 'EURL', 'GIE', 'SA', 'SARL', 'SAS', 'SASU', 'SCA', 'SCOP', 'SCS', 'SEM', 'SNC'],
  },
  es: {
    first:
      'Adela|Adriana|Alejandra|Alicia|Amalia|Ana|Ana Luisa|Ana María|Andrea|Anita|Anni|Antonia|Ariadna|' +
      'Barbara|Beatriz|Berta|Blanca|Caridad|Carla|Carlota|Carmen|Carolina|Catalina|Cecilia|Clara|' +
      'Claudia|Concepción|Conchita|Cristina|Daniela|Diana|Dolores|Dorotea|Débora|Elena|Elisa|Eloisa|' +
      'Elsa|Elvira|Emilia|Esperanza|Estela|Ester|Eva|Florencia|Francisca|Gabriela|Gloria|Graciela|' +
      'Guadalupe|Guillermina|Inés|Irene|Isabel|Isabela|Jennifer|Josefina|Juana|Julia|Laura|Leonor|' +
      'Leticia|Lilia|Lola|Lorena|Lourdes|Lucía|Luisa|Luz|Magdalena|Maica|Manuela|Marcela|Margarita|' +
      'Mariana|Maricarmen|Marilú|Marisol|Marta|María|María Cristina|María Elena|María Eugenia|' +
      'María José|María Luisa|María Soledad|María Teresa|María de los Ángeles|María del Carmen|Matilde|' +
      'Mayte|Mercedes|Micaela|Mónica|Natalia|Norma|Olivia|Patricia|Pilar|Ramona|Raquel|Rebeca|Reina|' +
      'Rocío|Rosa|Rosalia|Rosario|Roser|Sara|Silvia|Sofía|Soledad|Sonia|Susana|Teresa|Verónica|Victoria|' +
      'Virginia|Yolanda|Adán|Agustín|Alberto|Alejandro|Alfonso|Alfredo|Andrés|Antonio|Armando|Arturo|' +
      'Benito|Benjamín|Bernardo|Carles|Carlos|Claudio|Clemente|Cristián|Cristóbal|César|Daniel|David|' +
      'Diego|Eduardo|Emilio|Enrique|Ernesto|Esteban|Federico|Felipe|Fernando|Francisco|Gabriel|Gerardo|' +
      'Germán|Gilberto|Gonzalo|Gregorio|Guillermo|Gustavo|Hermenegildo|Hernán|Homero|Horacio|Hugo|' +
      'Ignacio|Iván|Jacobo|Jaime|Javier|Jerónimo|Jesús|Joaquín|Jordi|Jorge|Jorge Luis|Josep|José|' +
      'José Eduardo|José Emilio|José Luis|José María|Juan|Juan Carlos|Juan Ramón|Julio|Julio César|' +
      'Lorenzo|Lucas|Luis|Luis Miguel|Manuel|Marco Antonio|Marcos|Mariano|Mario|Martín|Mateo|Miguel|' +
      'Miguel Ángel|Nicolás|Octavio|Pablo|Patricio|Pedro|Pío|Rafael|Ramiro|Ramón|Raúl|Ricardo|Roberto|' +
      'Rodrigo|Rubén|Salvador|Samuel|Sancho|Santiago|Sergi|Sergio|Teodoro|Timoteo|Tomás|Vicente|Víctor',
    last:
      'Abeyta|Abrego|Abreu|Acevedo|Acosta|Acuña|Adame|Adorno|Agosto|Aguayo|Aguilar|Aguilera|Aguirre|' +
      'Alanis|Alaníz|Alarcón|Alba|Alcalá|Alcaraz|Alcántar|Alejandro|Alemán|Alfaro|Alicea|Almanza|' +
      'Almaráz|Almonte|Alonso|Alonzo|Altamirano|Alva|Alvarado|Amador|Amaya|Anaya|Anguiano|Angulo|' +
      'Aparicio|Apodaca|Aponte|Aragón|Aranda|Araña|Arce|Archuleta|Arellano|Arenas|Arevalo|Argüello|' +
      'Arias|Armas|Armendáriz|Armenta|Armijo|Arredondo|Arreola|Arriaga|Arroyo|Arteaga|Atencio|Avilés|' +
      'Ayala|Baca|Badillo|Baeza|Bahena|Balderas|Ballesteros|Banda|Barajas|Barela|Barragán|Barraza|' +
      'Barrera|Barreto|Barrientos|Barrios|Batista|Bañuelos|Becerra|Beltrán|Benavides|Benavídez|Benítez|' +
      'Bermúdez|Bernal|Berríos|Betancourt|Blanco|Bonilla|Borrego|Botello|Bravo|Briones|Briseño|Brito|' +
      'Bueno|Burgos|Bustamante|Bustos|Báez|Caballero|Cabrera|Cabán|Cadena|Caldera|Calderón|Calvillo|' +
      'Camacho|Camarillo|Campos|Canales|Candelaria|Cano|Cantú|Caraballo|Carbajal|Cardona|Carmona|' +
      'Carranza|Carrasco|Carrasquillo|Carrera|Carrero|Carreón|Carrillo|Carrión|Carvajal|Casanova|' +
      'Casares|Casarez|Casas|Casillas|Castañeda|Castellanos|Castillo|Castro|Cavazos|Cazares|Ceballos|' +
      'Cedillo|Ceja|Centeno|Cepeda|Cerda|Cervantes|Cervántez|Chacón|Chapa|Chavarría|Chávez|Cintrón|' +
      'Cisneros|Collado|Collazo|Colunga|Colón|Concepción|Contreras|Cordero|Cornejo|Corona|Coronado|' +
      'Corral|Corrales|Correa|Cortés|Cortéz|Cotto|Covarrubias|Crespo|Cruz|Cuellar|Curiel|Cárdenas|' +
      'Córdova|Delacrúz|Delafuente|Delagarza|Delao|Delapaz|Delarosa|Delatorre|Deleón|Delgadillo|Delgado|' +
      'Delrío|Delvalle|Domínguez|Duarte|Dueñas|Durán|Dávila|Díaz|Echevarría|Elizondo|Enríquez|Escalante|' +
      'Escamilla|Escobar|Escobedo|Esparza|Espinal|Espino|Espinosa|Espinosa de los Monteros|Espinoza|' +
      'Esquibel|Esquivel|Estrada|Estévez|Fajardo|Farías|Feliciano|Fernández|Ferrer|Fierro|Figueroa|' +
      'Flores|Flórez|Fonseca|Frías|Fuentes|Gaitán|Galarza|Galindo|Gallardo|Gallegos|Galván|Gamboa|Gaona|' +
      'Garay|García|Garibay|Garica|Garrido|Garza|Gastélum|Gaytán|Gil|Girón|Godoy|Godínez|González|' +
      'Gracia|Granado|Granados|Griego|Grijalva|Guajardo|Guardado|Guerra|Guerrero|Guevara|Guillén|Gurule|' +
      'Gutiérrez|Guzmán|Gálvez|Gámez|Gómez|Haro|Henríquez|Heredia|Hernández|Herrera|Hidalgo|Hinojosa|' +
      'Holguín|Huerta|Hurtado|Ibarra|Iglesias|Irizarry|Jaime|Jaimes|Jaramillo|Jasso|Jiménez|Jurado|' +
      'Juárez|Jáquez|Laboy|Lara|Laureano|Leal|Lebrón|Ledesma|Leiva|Lemus|Lerma|Leyva|León|Limón|Linares|' +
      'Lira|Llamas|Loera|Lomeli|Longoria|Lovato|Loya|Lozada|Lozano|Lucero|Lucio|Luevano|Lugo|Luna|López|' +
      'Macías|Madera|Madrid|Madrigal|Maestas|Magaña|Malave|Maldonado|Manzanares|Mares|Marrero|Marroquín|' +
      'Martínez|Marín|Mascareñas|Mata|Mateo|Matos|Matías|Maya|Mayorga|Medina|Medrano|Mejía|Melgar|' +
      'Meléndez|Mena|Menchaca|Mendoza|Menéndez|Meraz|Mercado|Merino|Mesa|Meza|Miramontes|Miranda|' +
      'Mireles|Mojica|Molina|Mondragón|Monroy|Montalvo|Montañez|Montaño|Montemayor|Montenegro|Montero|' +
      'Montes|Montoya|Montéz|Mora|Morales|Moreno|Mota|Moya|Munguía|Murillo|Muro|Muñiz|Muñoz|Márquez|' +
      'Méndez|Naranjo|Narváez|Nava|Navarrete|Navarro|Nazario|Negrete|Negrón|Nevárez|Nieto|Nieves|Niño|' +
      'Noriega|Nájera|Núñez|Ocampo|Ocasio|Ochoa|Ojeda|Olivares|Olivas|Olivera|Olivo|Olivárez|Olmos|' +
      'Olvera|Ontiveros|Oquendo|Ordóñez|Orellana|Ornelas|Orosco|Orozco|Orta|Ortega|Ortiz|Osorio|Otero|' +
      'Ozuna|Pabón|Pacheco|Padilla|Padrón|Pagan|Palacios|Palomino|Palomo|Pantoja|Paredes|Parra|Partida|' +
      'Patiño|Paz|Pedraza|Pedroza|Pelayo|Perales|Peralta|Perea|Peña|Pichardo|Pineda|Pizarro|Piña|' +
      'Polanco|Ponce|Porras|Portillo|Posada|Prado|Preciado|Prieto|Puente|Puga|Pulido|Páez|Pérez|Quesada|' +
      'Quezada|Quintana|Quintanilla|Quintero|Quiróz|Quiñones|Quiñónez|Rael|Ramos|Ramírez|Rangel|Rascón|' +
      'Raya|Razo|Regalado|Rendón|Rentería|Reséndez|Reyes|Reyna|Reynoso|Rico|Rincón|Riojas|Rivas|Rivera|' +
      'Rivero|Robledo|Robles|Rocha|Rodarte|Rodríguez|Rojas|Rojo|Roldán|Rolón|Romero|Romo|Roque|Rosado|' +
      'Rosales|Rosario|Rosas|Roybal|Rubio|Ruelas|Ruíz|Ríos|Saavedra|Saiz|Salas|Salazar|Salcedo|Salcido|' +
      'Saldaña|Saldivar|Salgado|Salinas|Samaniego|Sanabria|Sandoval|Santacruz|Santana|Santiago|' +
      'Santillán|Sarabia|Sauceda|Saucedo|Sedillo|Segovia|Segura|Sepúlveda|Serna|Serrano|Serrato|Sevilla|' +
      'Sierra|Sisneros|Solano|Soliz|Solorio|Solorzano|Solís|Soria|Sosa|Sotelo|Soto|Suárez|Sáenz|Sánchez|' +
      'Tafoya|Tamayo|Tamez|Tapia|Tejada|Tejeda|Tello|Terrazas|Terán|Tijerina|Tirado|Toledo|Toro|Torres|' +
      'Tovar|Trejo|Treviño|Trujillo|Téllez|Tórrez|Ulibarri|Ulloa|Urbina|Ureña|Uribe|Urrutia|Urías|Vaca|' +
      'Valadez|Valdez|Valdivia|Valdés|Valencia|Valentín|Valenzuela|Valladares|Valle|Vallejo|Valles|' +
      'Valverde|Vanegas|Varela|Vargas|Vega|Vela|Velasco|Velásquez|Velázquez|Venegas|Vera|Verdugo|' +
      'Verduzco|Vergara|Viera|Vigil|Villa|Villagómez|Villalobos|Villalpando|Villanueva|Villarreal|' +
      'Villaseñor|Villegas|Vázquez|Vélez|Véliz|Ybarra|Yáñez|Zambrano|Zamora|Zamudio|Zapata|Zaragoza|' +
      'Zarate|Zavala|Zayas|Zelaya|Zepeda|Zúñiga|de Anda|de Jesús|Álvarez|Ávalos|Ávila',
    lastPatterns: [{ weight: 1, value: 'L L' }],
    companyPatterns: ['{L} y {L}', '{L} {S}', '{L} {L} {S}', '{L}, {L} y {L} Asociados'],
    legalEntityTypes: ['Hermanos', 'S.A.', 'S.L.', 'e Hijos'],
  },
  pt: {
    first:
      'Alessandra|Alice|Aline|Alícia|Ana Clara|Ana Júlia|Ana Laura|Ana Luiza|Antonella|Beatriz|Bruna|' +
      'Carla|Cecília|Clara|Célia|Dalila|Eduarda|Elisa|Eloá|Emanuelly|Esther|Fabrícia|Felícia|Giovanna|' +
      'Helena|Heloísa|Isabel|Isabela|Isabella|Isabelly|Isadora|Isis|Janaína|Joana|Júlia|Karla|Lara|' +
      'Larissa|Laura|Lavínia|Liz|Lorena|Lorraine|Luiza|Lívia|Maitê|Manuela|Marcela|Margarida|Maria|' +
      'Maria Alice|Maria Cecília|Maria Clara|Maria Eduarda|Maria Helena|Maria Júlia|Maria Luiza|Mariana|' +
      'Marina|Marli|Meire|Melissa|Morgana|Márcia|Mércia|Natália|Núbia|Ofélia|Paula|Rafaela|Rebeca|' +
      'Roberta|Sara|Sarah|Sophia|Suélen|Sílvia|Talita|Valentina|Vitória|Yasmin|Alessandro|Alexandre|' +
      'Anthony|Antônio|Arthur|Benjamin|Benício|Bernardo|Breno|Bryan|Caio|Calebe|Carlos|Cauã|César|' +
      'Daniel|Danilo|Davi|Davi Lucca|Deneval|Eduardo|Elísio|Emanuel|Enzo|Enzo Gabriel|Fabiano|Fabrício|' +
      'Feliciano|Felipe|Frederico|Fábio|Félix|Gabriel|Gael|Guilherme|Gustavo|Gúbio|Heitor|Henrique|Hugo|' +
      'Hélio|Isaac|Joaquim|João|João Lucas|João Miguel|João Pedro|Júlio|Júlio César|Kléber|Ladislau|' +
      'Leonardo|Lorenzo|Lucas|Lucca|Marcelo|Marcos|Matheus|Miguel|Murilo|Nataniel|Nicolas|Noah|Norberto|' +
      'Pablo|Paulo|Pedro|Pedro Henrique|Pietro|Rafael|Raul|Ricardo|Roberto|Salvador|Samuel|Silas|' +
      'Sirineu|Tertuliano|Théo|Vicente|Vitor|Víctor|Warley|Washington|Yago|Yango|Yuri',
    last:
      'Albuquerque|Barros|Batista|Braga|Carvalho|Costa|Franco|Macedo|Martins|Melo|Moraes|Moreira|' +
      'Nogueira|Oliveira|Pereira|Reis|Santos|Saraiva|Silva|Souza|Xavier',
    lastPatterns: [{ weight: 1, value: 'L' }],
    companyPatterns: ['{L} {S}', '{L}, {L} e {L}', '{L}-{L}'],
    legalEntityTypes: ['Comércio', 'EIRELI', 'LTDA', 'S.A.', 'e Associados'],
  },
};
