/**
 * The phrase bank of generated support conversations (`--conversations N`): per language, what
 * customers write about a handful of everyday support topics and how agents answer, plus the small
 * talk around it. src/fixtures-generate.ts strings these into threads. Placeholders: `{name}` the
 * contact's first name, `{agent}` the agent's first name, `{order}`, `{invoice}`, `{plan}`, `{amount}`.
 */

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

export const TOPICS = ['billing', 'login', 'bug', 'shipping', 'feature', 'cancel'] as const;
export type Topic = (typeof TOPICS)[number];

export interface TopicText {
  /** The customer's first message. */
  opening: string[];
  /** The agent's first answer: acknowledge and ask for details. */
  ask: string[];
  /** The customer's details. */
  detail: string[];
  /** The agent's fix or answer. */
  solve: string[];
}

export interface LanguageText {
  topics: Record<Topic, TopicText>;
  /** The customer's last word on a solved issue. */
  thanks: string[];
  /** The agent's goodbye. */
  closing: string[];
  /** The agent parks the conversation (it gets snoozed). */
  snooze: string[];
  /** The customer nudges while waiting. */
  nudge: string[];
  /** An agent bot's first answer in a bot inbox. */
  bot: string[];
  /** The customer goes on in a longer thread (`messages` option): a follow-up, a result, a side question. */
  followUp: string[];
  /** The agent's answer to a follow-up. */
  followUpReply: string[];
}

const en: LanguageText = {
  topics: {
    billing: {
      opening: [
        'Hi, I was charged twice for my {plan} subscription this month. Can you help?',
        'Hello! Invoice {invoice} shows {amount} but I thought the {plan} plan was cheaper.',
        'Hey there, my card was declined when renewing but the money still left my account.',
      ],
      ask: [
        "Hi {name}, I'm {agent} and I'm sorry about that. Could you send me the last 4 digits of the card you used?",
        'Thanks for reaching out, {name}! Let me look into it. Which email address is the account under?',
      ],
      detail: [
        "It's the Visa ending in 4242, both charges were on the 3rd.",
        'The account is under my work email, same as this one.',
      ],
      solve: [
        'I found the duplicate charge and refunded {amount}. It should be back on your card in 5-7 business days.',
        "You're right, the {plan} plan moved to yearly billing. I've corrected invoice {invoice} and emailed you the new one.",
      ],
    },
    login: {
      opening: [
        "I can't log in anymore, it keeps saying my password is wrong.",
        "Hi, I never received the password reset email. I've checked spam too.",
        'Hello, two-factor codes from my authenticator app are not accepted since I changed phones.',
      ],
      ask: [
        'Hi {name}, sorry for the trouble! Which email address do you use to sign in?',
        'Thanks {name}. Are you signing in on the website or in the mobile app?',
      ],
      detail: ['On the website, in Chrome on my laptop.', "It's the same address I'm writing from."],
      solve: [
        "Your account was locked after too many attempts. I've unlocked it, you can reset your password now.",
        "I've sent a fresh reset link and whitelisted our mail server for your domain. It should arrive within a minute.",
      ],
    },
    bug: {
      opening: [
        'The dashboard shows a blank page since this morning.',
        'Hi, exporting reports to CSV fails with "Something went wrong".',
        'Hello, the app crashes every time I open the settings page.',
      ],
      ask: [
        'Thanks for the report, {name}! Could you tell me your browser and version?',
        "Sorry about that, {name}. Can you send a screenshot of what you see? I'll pass it to our engineers.",
      ],
      detail: [
        'Firefox 121 on Windows 11. It worked fine yesterday.',
        "Here's the screenshot, nothing loads below the header.",
      ],
      solve: [
        'Our engineers found the cause, a bad deploy this morning. It is fixed now, please reload the page.',
        'Thanks to your details we could reproduce it. A fix is live, clearing the browser cache once should do it.',
      ],
    },
    shipping: {
      opening: [
        "My order {order} hasn't arrived yet, it's been two weeks.",
        'Hi! The tracking for {order} has not moved for five days.',
        'Hello, I received {order} but one item is missing.',
      ],
      ask: [
        "Hi {name}, I'm {agent}. I'm sorry your order is late. Can you confirm the delivery address?",
        'Thanks {name}, let me check with the carrier. Is the shipping address still up to date?',
      ],
      detail: [
        'Yes, same address as on the order.',
        "It's the office address, someone is there every day until 6.",
      ],
      solve: [
        'The parcel was held at the depot. The carrier will deliver it tomorrow, and I refunded the shipping costs.',
        "I've shipped the missing item by express, you'll get a new tracking number by email today.",
      ],
    },
    feature: {
      opening: [
        'Is there a way to export all conversations to CSV?',
        'Hi, any plans for a dark mode? My team works late and would love it.',
        'Hello, can we connect the app to our Slack workspace?',
      ],
      ask: [
        "Great question, {name}! Could you tell me a bit more about what you'd like to do with it?",
        'Thanks for the suggestion, {name}. Which plan is your team on?',
      ],
      detail: [
        "We're on {plan}, and we'd use it for our weekly reporting.",
        'Mostly for the support team, about 12 people.',
      ],
      solve: [
        "It's not available yet, but I've added your vote to the feature request and our product team will follow up.",
        "Good news: it's in beta. I've enabled it on your account, you'll find it under Settings.",
      ],
    },
    cancel: {
      opening: [
        'I would like to cancel my subscription at the end of the month.',
        'Hi, how do I downgrade from {plan} to the free plan?',
        "Hello, please close my account, we don't need it anymore.",
      ],
      ask: [
        'Sorry to see you go, {name}. May I ask what made you decide to cancel?',
        'Hi {name}, I can help with that. Do you want to keep your data in case you come back?',
      ],
      detail: [
        "It's just too expensive for our small team right now.",
        'Yes please, keep it for a few months.',
      ],
      solve: [
        "Done: your subscription ends on the last day of the month and you won't be charged again.",
        "I've switched you to the free plan from your next billing date. Your data stays as it is.",
      ],
    },
  },
  thanks: ['Thank you so much!', 'Perfect, thanks for the quick help.', 'Great, that worked. Thanks!'],
  closing: ['Glad I could help! Have a great day.', "You're welcome, {name}. Don't hesitate to write again."],
  snooze: [
    "I've asked our team to look into this. I'll get back to you tomorrow morning.",
    "I'm waiting for an answer from our partner, I'll follow up as soon as I hear back.",
  ],
  nudge: [
    'Any update on this?',
    'Hello? Is anyone there?',
    'Just checking in, this is still a problem for us.',
  ],
  bot: ['Thanks for your message! An agent will be with you shortly.'],
  followUp: [
    'One more thing: it also happens on my phone.',
    "I tried that, but it's still the same.",
    'Okay, done. What should I do next?',
    'A colleague has the same question. Does this apply to their account too?',
    'Could you also check my second account?',
  ],
  followUpReply: [
    'Thanks, {name}. Let me check that for you.',
    'Could you try once more and tell me what you see?',
    "I've passed this on to a colleague, one moment please.",
    'Yes, that applies to the whole account.',
    "Got it, I'm looking at it right now.",
  ],
};

const de: LanguageText = {
  topics: {
    billing: {
      opening: [
        'Hallo, mir wurde diesen Monat das {plan}-Abo zweimal abgebucht. Können Sie helfen?',
        'Guten Tag, auf der Rechnung {invoice} stehen {amount}, ich dachte, der {plan}-Tarif ist günstiger.',
        'Hallo, die Verlängerung ist mit meiner Karte fehlgeschlagen, das Geld wurde aber trotzdem abgebucht.',
      ],
      ask: [
        'Hallo {name}, hier ist {agent}. Das tut mir leid! Können Sie mir die letzten vier Ziffern der Karte nennen?',
        'Danke für Ihre Nachricht, {name}! Unter welcher E-Mail-Adresse läuft das Konto?',
      ],
      detail: [
        'Es ist die Visa mit der Endung 4242, beide Abbuchungen am 3.',
        'Das Konto läuft über meine geschäftliche Adresse.',
      ],
      solve: [
        'Ich habe die doppelte Abbuchung gefunden und {amount} erstattet. Das Geld ist in 5–7 Werktagen wieder auf Ihrem Konto.',
        'Sie haben recht, der {plan}-Tarif wird jetzt jährlich abgerechnet. Ich habe die Rechnung {invoice} korrigiert und Ihnen neu geschickt.',
      ],
    },
    login: {
      opening: [
        'Ich kann mich nicht mehr anmelden, es heißt immer, mein Passwort sei falsch.',
        'Hallo, die E-Mail zum Zurücksetzen des Passworts kommt nicht an. Im Spam ist sie auch nicht.',
        'Guten Tag, seit dem Handywechsel werden meine Zwei-Faktor-Codes nicht mehr akzeptiert.',
      ],
      ask: [
        'Hallo {name}, das tut mir leid! Mit welcher E-Mail-Adresse melden Sie sich an?',
        'Danke, {name}. Melden Sie sich auf der Website oder in der App an?',
      ],
      detail: [
        'Auf der Website, mit Chrome auf meinem Laptop.',
        'Mit derselben Adresse, von der ich gerade schreibe.',
      ],
      solve: [
        'Ihr Konto war nach zu vielen Versuchen gesperrt. Ich habe es entsperrt, Sie können Ihr Passwort jetzt zurücksetzen.',
        'Ich habe Ihnen einen neuen Link geschickt. Er sollte in einer Minute ankommen.',
      ],
    },
    bug: {
      opening: [
        'Das Dashboard zeigt seit heute Morgen nur eine leere Seite.',
        'Hallo, der CSV-Export der Berichte bricht mit „Etwas ist schiefgelaufen“ ab.',
        'Guten Tag, die App stürzt jedes Mal ab, wenn ich die Einstellungen öffne.',
      ],
      ask: [
        'Danke für den Hinweis, {name}! Welchen Browser in welcher Version verwenden Sie?',
        'Das tut mir leid, {name}. Können Sie mir einen Screenshot schicken? Ich gebe ihn an unsere Entwickler weiter.',
      ],
      detail: [
        'Firefox 121 unter Windows 11. Gestern ging noch alles.',
        'Hier ist der Screenshot, unter der Kopfzeile lädt nichts.',
      ],
      solve: [
        'Unsere Entwickler haben die Ursache gefunden, ein fehlerhaftes Update heute früh. Es ist behoben, bitte laden Sie die Seite neu.',
        'Dank Ihrer Angaben konnten wir den Fehler nachstellen. Die Korrektur ist online, einmal den Cache leeren genügt.',
      ],
    },
    shipping: {
      opening: [
        'Meine Bestellung {order} ist noch nicht angekommen, das sind jetzt zwei Wochen.',
        'Hallo! Die Sendungsverfolgung für {order} bewegt sich seit fünf Tagen nicht.',
        'Guten Tag, {order} ist angekommen, aber ein Artikel fehlt.',
      ],
      ask: [
        'Hallo {name}, hier ist {agent}. Entschuldigen Sie die Verzögerung! Können Sie mir die Lieferadresse bestätigen?',
        'Danke, {name}, ich frage beim Versanddienst nach. Stimmt die Lieferadresse noch?',
      ],
      detail: [
        'Ja, dieselbe Adresse wie in der Bestellung.',
        'Es ist die Büroadresse, dort ist täglich bis 18 Uhr jemand.',
      ],
      solve: [
        'Das Paket lag im Depot. Es wird morgen zugestellt, die Versandkosten habe ich Ihnen erstattet.',
        'Ich habe den fehlenden Artikel per Express verschickt, die neue Sendungsnummer kommt heute per E-Mail.',
      ],
    },
    feature: {
      opening: [
        'Kann man alle Unterhaltungen als CSV exportieren?',
        'Hallo, ist ein Dark Mode geplant? Unser Team arbeitet oft abends.',
        'Guten Tag, lässt sich die App mit unserem Slack verbinden?',
      ],
      ask: [
        'Gute Frage, {name}! Wofür möchten Sie die Funktion genau nutzen?',
        'Danke für den Vorschlag, {name}. Welchen Tarif nutzt Ihr Team?',
      ],
      detail: [
        'Wir haben {plan} und bräuchten es für das wöchentliche Reporting.',
        'Vor allem für das Support-Team, etwa 12 Leute.',
      ],
      solve: [
        'Das gibt es noch nicht, aber ich habe Ihre Stimme zum Wunsch hinzugefügt, unser Produktteam meldet sich.',
        'Gute Nachricht: Die Funktion ist in der Beta. Ich habe sie für Ihr Konto aktiviert, Sie finden sie unter Einstellungen.',
      ],
    },
    cancel: {
      opening: [
        'Ich möchte mein Abo zum Monatsende kündigen.',
        'Hallo, wie wechsle ich von {plan} in den kostenlosen Tarif?',
        'Guten Tag, bitte schließen Sie mein Konto, wir brauchen es nicht mehr.',
      ],
      ask: [
        'Schade, dass Sie gehen, {name}. Darf ich fragen, warum Sie kündigen?',
        'Hallo {name}, gern. Sollen wir Ihre Daten aufbewahren, falls Sie zurückkommen?',
      ],
      detail: ['Für unser kleines Team ist es im Moment einfach zu teuer.', 'Ja bitte, für ein paar Monate.'],
      solve: [
        'Erledigt: Ihr Abo endet zum Monatsende, es wird nichts mehr abgebucht.',
        'Ich habe Sie ab dem nächsten Abrechnungsdatum auf den kostenlosen Tarif umgestellt. Ihre Daten bleiben erhalten.',
      ],
    },
  },
  thanks: ['Vielen Dank!', 'Perfekt, danke für die schnelle Hilfe.', 'Super, hat funktioniert. Danke!'],
  closing: ['Gern geschehen! Einen schönen Tag noch.', 'Gerne, {name}. Melden Sie sich jederzeit wieder.'],
  snooze: [
    'Ich habe unser Team gebeten, sich das anzusehen, und melde mich morgen früh bei Ihnen.',
    'Ich warte noch auf eine Antwort unseres Partners und melde mich, sobald ich etwas höre.',
  ],
  nudge: [
    'Gibt es schon Neuigkeiten?',
    'Hallo? Ist da jemand?',
    'Ich wollte nur nachfragen, das Problem besteht weiterhin.',
  ],
  bot: ['Danke für Ihre Nachricht! Gleich meldet sich jemand aus unserem Team.'],
  followUp: [
    'Noch etwas: Auf dem Handy passiert das auch.',
    'Habe ich probiert, aber es ist immer noch dasselbe.',
    'Okay, erledigt. Was soll ich als Nächstes tun?',
    'Ein Kollege hat dieselbe Frage. Gilt das auch für sein Konto?',
    'Können Sie bitte auch mein zweites Konto prüfen?',
  ],
  followUpReply: [
    'Danke, {name}. Ich schaue mir das an.',
    'Könnten Sie es bitte noch einmal versuchen und mir sagen, was Sie sehen?',
    'Ich habe das an einen Kollegen weitergegeben, einen Moment bitte.',
    'Ja, das gilt für das ganze Konto.',
    'Verstanden, ich sehe es mir gerade an.',
  ],
};

const fr: LanguageText = {
  topics: {
    billing: {
      opening: [
        "Bonjour, mon abonnement {plan} a été prélevé deux fois ce mois-ci. Pouvez-vous m'aider ?",
        'Bonjour ! La facture {invoice} indique {amount}, je pensais que la formule {plan} était moins chère.',
        "Bonjour, le renouvellement a échoué avec ma carte mais l'argent a quand même été débité.",
      ],
      ask: [
        "Bonjour {name}, ici {agent}. Désolé pour ce souci ! Pouvez-vous m'indiquer les 4 derniers chiffres de la carte ?",
        "Merci pour votre message, {name} ! Quelle est l'adresse e-mail du compte ?",
      ],
      detail: [
        "C'est la Visa qui se termine par 4242, les deux prélèvements datent du 3.",
        'Le compte est à mon adresse professionnelle.',
      ],
      solve: [
        "J'ai trouvé le double prélèvement et remboursé {amount}. Vous le reverrez sur votre compte sous 5 à 7 jours ouvrés.",
        "Vous avez raison, la formule {plan} est passée en facturation annuelle. J'ai corrigé la facture {invoice} et vous l'ai renvoyée.",
      ],
    },
    login: {
      opening: [
        "Je n'arrive plus à me connecter, on me dit que mon mot de passe est incorrect.",
        "Bonjour, je ne reçois pas l'e-mail de réinitialisation du mot de passe, même dans les spams.",
        "Bonjour, depuis que j'ai changé de téléphone mes codes de double authentification sont refusés.",
      ],
      ask: [
        'Bonjour {name}, désolé pour la gêne ! Avec quelle adresse e-mail vous connectez-vous ?',
        "Merci {name}. Vous vous connectez sur le site ou dans l'application ?",
      ],
      detail: [
        'Sur le site, avec Chrome sur mon ordinateur portable.',
        "Avec la même adresse que celle d'où je vous écris.",
      ],
      solve: [
        'Votre compte était bloqué après trop de tentatives. Je l’ai débloqué, vous pouvez réinitialiser votre mot de passe.',
        'Je vous ai envoyé un nouveau lien, il devrait arriver d’ici une minute.',
      ],
    },
    bug: {
      opening: [
        'Le tableau de bord affiche une page blanche depuis ce matin.',
        "Bonjour, l'export CSV des rapports échoue avec « Une erreur est survenue ».",
        "Bonjour, l'application plante chaque fois que j'ouvre les paramètres.",
      ],
      ask: [
        'Merci pour le signalement, {name} ! Quel navigateur et quelle version utilisez-vous ?',
        'Désolé, {name}. Pouvez-vous m’envoyer une capture d’écran ? Je la transmets à nos développeurs.',
      ],
      detail: [
        'Firefox 121 sous Windows 11. Hier tout marchait.',
        "Voici la capture, rien ne se charge sous l'en-tête.",
      ],
      solve: [
        'Nos développeurs ont trouvé la cause, une mise à jour défectueuse ce matin. C’est corrigé, rechargez la page.',
        'Grâce à vos détails nous avons reproduit le problème. Le correctif est en ligne, videz le cache une fois.',
      ],
    },
    shipping: {
      opening: [
        "Ma commande {order} n'est toujours pas arrivée, cela fait deux semaines.",
        'Bonjour ! Le suivi de {order} ne bouge plus depuis cinq jours.',
        "Bonjour, j'ai reçu {order} mais il manque un article.",
      ],
      ask: [
        'Bonjour {name}, ici {agent}. Désolé pour ce retard ! Pouvez-vous me confirmer l’adresse de livraison ?',
        'Merci {name}, je vérifie auprès du transporteur. L’adresse de livraison est-elle toujours la bonne ?',
      ],
      detail: [
        'Oui, la même que sur la commande.',
        "C'est l'adresse du bureau, il y a quelqu'un tous les jours jusqu'à 18 h.",
      ],
      solve: [
        'Le colis était bloqué au dépôt. Il sera livré demain et je vous ai remboursé les frais de port.',
        "J'ai expédié l'article manquant en express, vous recevrez un nouveau numéro de suivi aujourd'hui.",
      ],
    },
    feature: {
      opening: [
        'Est-il possible d’exporter toutes les conversations en CSV ?',
        'Bonjour, un mode sombre est-il prévu ? Notre équipe travaille souvent le soir.',
        'Bonjour, peut-on connecter l’application à notre Slack ?',
      ],
      ask: [
        "Bonne question, {name} ! Pouvez-vous m'en dire plus sur l'usage que vous en feriez ?",
        'Merci pour la suggestion, {name}. Quelle formule utilise votre équipe ?',
      ],
      detail: [
        'Nous avons la formule {plan}, ce serait pour notre reporting hebdomadaire.',
        "Surtout pour l'équipe support, une douzaine de personnes.",
      ],
      solve: [
        "Ce n'est pas encore disponible, mais j'ai ajouté votre vote à la demande et l'équipe produit reviendra vers vous.",
        "Bonne nouvelle : c'est en bêta. Je l'ai activé sur votre compte, vous le trouverez dans les paramètres.",
      ],
    },
    cancel: {
      opening: [
        'Je voudrais résilier mon abonnement à la fin du mois.',
        'Bonjour, comment passer de la formule {plan} à la formule gratuite ?',
        "Bonjour, merci de fermer mon compte, nous n'en avons plus besoin.",
      ],
      ask: [
        'Dommage de vous voir partir, {name}. Puis-je vous demander pourquoi ?',
        'Bonjour {name}, avec plaisir. Souhaitez-vous que nous conservions vos données ?',
      ],
      detail: [
        "C'est simplement trop cher pour notre petite équipe en ce moment.",
        'Oui, pour quelques mois s’il vous plaît.',
      ],
      solve: [
        "C'est fait : votre abonnement prend fin le dernier jour du mois et vous ne serez plus prélevé.",
        'Je vous ai passé sur la formule gratuite à la prochaine échéance. Vos données restent intactes.',
      ],
    },
  },
  thanks: ['Merci beaucoup !', 'Parfait, merci pour votre réactivité.', 'Super, ça marche. Merci !'],
  closing: ['Avec plaisir ! Bonne journée.', "Je vous en prie, {name}. N'hésitez pas à nous réécrire."],
  snooze: [
    "J'ai demandé à notre équipe de regarder, je reviens vers vous demain matin.",
    "J'attends la réponse de notre partenaire, je vous recontacte dès que j'ai du nouveau.",
  ],
  nudge: [
    'Des nouvelles ?',
    "Bonjour ? Il y a quelqu'un ?",
    'Je me permets de relancer, le problème persiste.',
  ],
  bot: ['Merci pour votre message ! Un conseiller va vous répondre très vite.'],
  followUp: [
    'Autre chose : ça arrive aussi sur mon téléphone.',
    "J'ai essayé, mais c'est toujours pareil.",
    "D'accord, c'est fait. Que dois-je faire ensuite ?",
    'Un collègue a la même question. Est-ce valable pour son compte aussi ?',
    'Pourriez-vous aussi vérifier mon deuxième compte ?',
  ],
  followUpReply: [
    'Merci, {name}. Je regarde ça.',
    'Pourriez-vous réessayer et me dire ce que vous voyez ?',
    "J'ai transmis à un collègue, un instant s'il vous plaît.",
    "Oui, cela s'applique à tout le compte.",
    "Bien reçu, je m'en occupe en ce moment.",
  ],
};

const es: LanguageText = {
  topics: {
    billing: {
      opening: [
        'Hola, este mes me cobraron dos veces la suscripción {plan}. ¿Me pueden ayudar?',
        '¡Hola! La factura {invoice} dice {amount}, pensaba que el plan {plan} era más barato.',
        'Hola, la renovación falló con mi tarjeta pero igual me descontaron el dinero.',
      ],
      ask: [
        'Hola {name}, soy {agent}. ¡Lo siento mucho! ¿Me indicas los últimos 4 dígitos de la tarjeta?',
        '¡Gracias por escribirnos, {name}! ¿Con qué correo está registrada la cuenta?',
      ],
      detail: [
        'Es la Visa terminada en 4242, los dos cobros fueron el día 3.',
        'La cuenta está con mi correo del trabajo.',
      ],
      solve: [
        'Encontré el cobro duplicado y te devolví {amount}. Lo verás en tu tarjeta en 5 a 7 días hábiles.',
        'Tienes razón, el plan {plan} pasó a facturación anual. Corregí la factura {invoice} y te la envié de nuevo.',
      ],
    },
    login: {
      opening: [
        'No puedo iniciar sesión, me dice que la contraseña es incorrecta.',
        'Hola, no me llega el correo para restablecer la contraseña. Ya revisé el spam.',
        'Hola, desde que cambié de móvil no me aceptan los códigos de verificación en dos pasos.',
      ],
      ask: [
        'Hola {name}, ¡perdona las molestias! ¿Con qué correo inicias sesión?',
        'Gracias {name}. ¿Entras desde la web o desde la app?',
      ],
      detail: ['Desde la web, con Chrome en mi portátil.', 'Con el mismo correo desde el que te escribo.'],
      solve: [
        'Tu cuenta estaba bloqueada por demasiados intentos. Ya la desbloqueé, puedes restablecer la contraseña.',
        'Te envié un enlace nuevo, debería llegarte en un minuto.',
      ],
    },
    bug: {
      opening: [
        'El panel muestra una página en blanco desde esta mañana.',
        'Hola, la exportación de informes a CSV falla con "Algo salió mal".',
        'Hola, la app se cierra cada vez que abro los ajustes.',
      ],
      ask: [
        '¡Gracias por avisar, {name}! ¿Qué navegador y versión usas?',
        'Lo siento, {name}. ¿Me mandas una captura de pantalla? Se la paso a nuestros ingenieros.',
      ],
      detail: [
        'Firefox 121 en Windows 11. Ayer funcionaba bien.',
        'Aquí está la captura, debajo del encabezado no carga nada.',
      ],
      solve: [
        'Nuestros ingenieros encontraron la causa, una actualización defectuosa esta mañana. Ya está resuelto, recarga la página.',
        'Gracias a tus datos pudimos reproducirlo. La corrección ya está publicada, basta con borrar la caché una vez.',
      ],
    },
    shipping: {
      opening: [
        'Mi pedido {order} todavía no ha llegado, ya son dos semanas.',
        '¡Hola! El seguimiento de {order} no se mueve desde hace cinco días.',
        'Hola, recibí {order} pero falta un artículo.',
      ],
      ask: [
        'Hola {name}, soy {agent}. ¡Perdona el retraso! ¿Me confirmas la dirección de entrega?',
        'Gracias {name}, lo consulto con la empresa de transporte. ¿La dirección sigue siendo la misma?',
      ],
      detail: [
        'Sí, la misma del pedido.',
        'Es la dirección de la oficina, hay alguien todos los días hasta las 18 h.',
      ],
      solve: [
        'El paquete estaba retenido en el almacén. Lo entregan mañana y te devolví los gastos de envío.',
        'Te envié el artículo que faltaba por envío urgente, hoy te llega el nuevo número de seguimiento por correo.',
      ],
    },
    feature: {
      opening: [
        '¿Se pueden exportar todas las conversaciones a CSV?',
        'Hola, ¿tienen pensado un modo oscuro? Mi equipo trabaja hasta tarde.',
        'Hola, ¿podemos conectar la app con nuestro Slack?',
      ],
      ask: [
        '¡Buena pregunta, {name}! ¿Me cuentas un poco más para qué lo usarían?',
        'Gracias por la sugerencia, {name}. ¿Qué plan tiene tu equipo?',
      ],
      detail: [
        'Tenemos el plan {plan}, lo usaríamos para el informe semanal.',
        'Sobre todo para el equipo de soporte, unas 12 personas.',
      ],
      solve: [
        'Todavía no está disponible, pero sumé tu voto a la solicitud y el equipo de producto te contactará.',
        '¡Buenas noticias! Está en beta. Lo activé en tu cuenta, lo encontrarás en Ajustes.',
      ],
    },
    cancel: {
      opening: [
        'Quisiera cancelar mi suscripción a fin de mes.',
        'Hola, ¿cómo paso del plan {plan} al plan gratuito?',
        'Hola, por favor cierren mi cuenta, ya no la necesitamos.',
      ],
      ask: [
        'Qué pena que te vayas, {name}. ¿Puedo preguntarte el motivo?',
        'Hola {name}, claro. ¿Quieres que conservemos tus datos por si vuelves?',
      ],
      detail: [
        'Ahora mismo es demasiado caro para nuestro equipo pequeño.',
        'Sí, por unos meses, por favor.',
      ],
      solve: [
        'Listo: tu suscripción termina el último día del mes y no se te volverá a cobrar.',
        'Te pasé al plan gratuito desde la próxima fecha de facturación. Tus datos se mantienen.',
      ],
    },
  },
  thanks: [
    '¡Muchas gracias!',
    'Perfecto, gracias por la ayuda tan rápida.',
    '¡Genial, ya funciona! Gracias.',
  ],
  closing: ['¡Un placer ayudarte! Que tengas un buen día.', 'De nada, {name}. Escríbenos cuando quieras.'],
  snooze: [
    'Pedí a nuestro equipo que lo revise, te escribo mañana por la mañana.',
    'Estoy esperando la respuesta de nuestro proveedor, te aviso en cuanto sepa algo.',
  ],
  nudge: ['¿Hay novedades?', '¿Hola? ¿Hay alguien?', 'Vuelvo a escribir porque el problema sigue.'],
  bot: ['¡Gracias por tu mensaje! En breve te atiende una persona del equipo.'],
  followUp: [
    'Otra cosa: también me pasa en el móvil.',
    'Lo he probado, pero sigue igual.',
    'Vale, ya está. ¿Qué hago ahora?',
    'Un compañero tiene la misma duda. ¿Vale también para su cuenta?',
    '¿Pueden revisar también mi segunda cuenta?',
  ],
  followUpReply: [
    'Gracias, {name}. Lo reviso ahora mismo.',
    '¿Puedes intentarlo otra vez y decirme qué ves?',
    'Se lo he pasado a un compañero, un momento por favor.',
    'Sí, eso aplica a toda la cuenta.',
    'Entendido, lo estoy mirando.',
  ],
};

const pt: LanguageText = {
  topics: {
    billing: {
      opening: [
        'Olá, a assinatura {plan} foi cobrada duas vezes este mês. Podem me ajudar?',
        'Oi! A fatura {invoice} mostra {amount}, achei que o plano {plan} era mais barato.',
        'Olá, a renovação falhou no meu cartão mas o valor foi debitado mesmo assim.',
      ],
      ask: [
        'Oi {name}, aqui é {agent}. Sinto muito! Pode me informar os 4 últimos dígitos do cartão?',
        'Obrigado pelo contato, {name}! Qual é o e-mail da conta?',
      ],
      detail: [
        'É o Visa final 4242, as duas cobranças foram no dia 3.',
        'A conta está no meu e-mail do trabalho.',
      ],
      solve: [
        'Encontrei a cobrança duplicada e estornei {amount}. O valor volta ao seu cartão em 5 a 7 dias úteis.',
        'Você tem razão, o plano {plan} passou para cobrança anual. Corrigi a fatura {invoice} e enviei de novo.',
      ],
    },
    login: {
      opening: [
        'Não consigo mais entrar, diz que minha senha está errada.',
        'Olá, não recebo o e-mail para redefinir a senha. Já olhei no spam.',
        'Oi, desde que troquei de celular os códigos de verificação em duas etapas não funcionam.',
      ],
      ask: [
        'Oi {name}, desculpe o transtorno! Qual e-mail você usa para entrar?',
        'Obrigado, {name}. Você entra pelo site ou pelo app?',
      ],
      detail: ['Pelo site, no Chrome do meu notebook.', 'Com o mesmo e-mail de onde estou escrevendo.'],
      solve: [
        'Sua conta estava bloqueada por muitas tentativas. Já desbloqueei, você pode redefinir a senha agora.',
        'Enviei um novo link, deve chegar em um minuto.',
      ],
    },
    bug: {
      opening: [
        'O painel mostra uma página em branco desde hoje de manhã.',
        'Olá, a exportação de relatórios em CSV falha com "Algo deu errado".',
        'Oi, o app fecha toda vez que abro as configurações.',
      ],
      ask: [
        'Obrigado por avisar, {name}! Qual navegador e versão você usa?',
        'Sinto muito, {name}. Pode mandar um print? Vou repassar para os nossos engenheiros.',
      ],
      detail: [
        'Firefox 121 no Windows 11. Ontem funcionava.',
        'Segue o print, nada carrega abaixo do cabeçalho.',
      ],
      solve: [
        'Nossos engenheiros acharam a causa, uma atualização com defeito hoje cedo. Já foi corrigido, recarregue a página.',
        'Com os seus dados conseguimos reproduzir. A correção já está no ar, basta limpar o cache uma vez.',
      ],
    },
    shipping: {
      opening: [
        'Meu pedido {order} ainda não chegou, já faz duas semanas.',
        'Oi! O rastreio do {order} não atualiza há cinco dias.',
        'Olá, recebi o {order} mas falta um item.',
      ],
      ask: [
        'Oi {name}, aqui é {agent}. Desculpe o atraso! Pode confirmar o endereço de entrega?',
        'Obrigado, {name}, vou verificar com a transportadora. O endereço de entrega continua o mesmo?',
      ],
      detail: ['Sim, o mesmo do pedido.', 'É o endereço do escritório, tem gente lá todo dia até as 18h.'],
      solve: [
        'O pacote estava retido no centro de distribuição. Será entregue amanhã e estornei o frete.',
        'Enviei o item que faltava por expresso, o novo código de rastreio chega hoje por e-mail.',
      ],
    },
    feature: {
      opening: [
        'Dá para exportar todas as conversas em CSV?',
        'Oi, vocês planejam um modo escuro? Minha equipe trabalha até tarde.',
        'Olá, conseguimos conectar o app ao nosso Slack?',
      ],
      ask: [
        'Ótima pergunta, {name}! Pode contar um pouco mais sobre o uso?',
        'Obrigado pela sugestão, {name}. Qual plano sua equipe usa?',
      ],
      detail: [
        'Temos o plano {plan}, usaríamos no relatório semanal.',
        'Principalmente para o time de suporte, umas 12 pessoas.',
      ],
      solve: [
        'Ainda não está disponível, mas adicionei seu voto ao pedido e o time de produto vai entrar em contato.',
        'Boa notícia: está em beta. Ativei na sua conta, você encontra em Configurações.',
      ],
    },
    cancel: {
      opening: [
        'Gostaria de cancelar minha assinatura no fim do mês.',
        'Olá, como mudo do plano {plan} para o plano gratuito?',
        'Oi, por favor encerrem minha conta, não precisamos mais dela.',
      ],
      ask: [
        'Que pena, {name}. Posso perguntar o motivo do cancelamento?',
        'Oi {name}, claro. Quer que a gente guarde seus dados caso volte?',
      ],
      detail: [
        'No momento está caro demais para a nossa equipe pequena.',
        'Sim, por alguns meses, por favor.',
      ],
      solve: [
        'Pronto: sua assinatura termina no último dia do mês e não haverá novas cobranças.',
        'Mudei você para o plano gratuito a partir da próxima cobrança. Seus dados continuam lá.',
      ],
    },
  },
  thanks: ['Muito obrigado!', 'Perfeito, obrigado pela ajuda rápida.', 'Ótimo, funcionou. Valeu!'],
  closing: ['Por nada! Tenha um ótimo dia.', 'Disponha, {name}. Qualquer coisa é só chamar.'],
  snooze: [
    'Pedi para a nossa equipe verificar, volto a falar com você amanhã cedo.',
    'Estou aguardando o retorno do nosso parceiro, aviso assim que tiver novidades.',
  ],
  nudge: ['Alguma novidade?', 'Olá? Tem alguém aí?', 'Só passando para lembrar, o problema continua.'],
  bot: ['Obrigado pela mensagem! Em instantes alguém da equipe vai te responder.'],
  followUp: [
    'Mais uma coisa: também acontece no celular.',
    'Já tentei, mas continua igual.',
    'Ok, fiz o que você disse. O que faço agora?',
    'Um colega tem a mesma dúvida. Vale para a conta dele também?',
    'Vocês podem verificar minha segunda conta também?',
  ],
  followUpReply: [
    'Obrigado, {name}. Vou verificar isso.',
    'Pode tentar mais uma vez e me dizer o que aparece?',
    'Passei para um colega, só um momento, por favor.',
    'Sim, vale para a conta toda.',
    'Entendido, estou olhando agora.',
  ],
};

export const TEXT: Record<Language, LanguageText> = { en, de, fr, es, pt };

/** Private notes agents leave (in English, the team's working language), per topic. */
export const NOTES: Record<Topic, string[]> = {
  billing: ['Checked the payment provider: two captures on the same day.', 'Refund approved by finance.'],
  login: ['Account was locked after 10 failed attempts.', 'Mail logs show the reset email bounced once.'],
  bug: ['Reproduced on staging, linked to the incident from this morning.', 'Escalated to engineering.'],
  shipping: ['Carrier says the parcel is in the regional depot.', 'Sent replacement, no return needed.'],
  feature: ['Added a +1 to the feature request board.', 'Customer is a good beta candidate.'],
  cancel: ['Offered a discount, customer declined.', 'Churn reason: price.'],
};

/** Conversation labels (existing account labels only) and teams (by name) per topic. */
export const TOPIC_LABELS: Record<Topic, string[]> = {
  billing: ['billing'],
  login: [],
  bug: ['bug'],
  shipping: [],
  feature: ['feature-request'],
  cancel: ['billing'],
};
export const TOPIC_TEAMS: Record<Topic, string> = {
  billing: 'billing',
  login: 'support',
  bug: 'support',
  shipping: 'support',
  feature: 'support',
  cancel: 'billing',
};

/** Where each language's contacts live: country, ISO code, calling code and a mobile number pattern. */
export interface Country {
  name: string;
  code: string;
  /** E.164 prefix of a mobile number (country code and the first digits). */
  mobile: string[];
  /** Digits after the prefix. */
  digits: number;
  cities: string[];
}

export const COUNTRIES: Record<Language, Country[]> = {
  en: [
    {
      name: 'United States',
      code: 'US',
      mobile: ['+1212', '+1415', '+1312', '+1617', '+1206', '+1512', '+1303', '+1404'],
      digits: 7,
      cities: ['New York', 'San Francisco', 'Chicago', 'Boston', 'Seattle', 'Austin', 'Denver', 'Atlanta'],
    },
    {
      name: 'United Kingdom',
      code: 'GB',
      mobile: ['+4474', '+4475', '+4477', '+4478', '+4479'],
      digits: 8,
      cities: ['London', 'Manchester', 'Bristol', 'Edinburgh', 'Leeds'],
    },
    {
      name: 'Canada',
      code: 'CA',
      mobile: ['+1416', '+1604', '+1514'],
      digits: 7,
      cities: ['Toronto', 'Vancouver', 'Montreal'],
    },
    {
      name: 'Australia',
      code: 'AU',
      mobile: ['+614'],
      digits: 8,
      cities: ['Sydney', 'Melbourne', 'Brisbane'],
    },
    {
      name: 'Ireland',
      code: 'IE',
      mobile: ['+35383', '+35385', '+35387'],
      digits: 7,
      cities: ['Dublin', 'Cork', 'Galway'],
    },
  ],
  de: [
    {
      name: 'Germany',
      code: 'DE',
      mobile: ['+49151', '+49160', '+49170', '+49171', '+49176'],
      digits: 8,
      cities: ['Berlin', 'Hamburg', 'München', 'Köln', 'Frankfurt am Main', 'Leipzig'],
    },
    {
      name: 'Austria',
      code: 'AT',
      mobile: ['+43664', '+43676'],
      digits: 7,
      cities: ['Wien', 'Graz', 'Salzburg'],
    },
    {
      name: 'Switzerland',
      code: 'CH',
      mobile: ['+4176', '+4178', '+4179'],
      digits: 7,
      cities: ['Zürich', 'Bern', 'Basel'],
    },
  ],
  fr: [
    {
      name: 'France',
      code: 'FR',
      mobile: ['+336', '+337'],
      digits: 8,
      cities: ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Bordeaux'],
    },
    {
      name: 'Belgium',
      code: 'BE',
      mobile: ['+32470', '+32475', '+32485'],
      digits: 6,
      cities: ['Bruxelles', 'Liège', 'Namur'],
    },
    { name: 'Canada', code: 'CA', mobile: ['+1514', '+1418'], digits: 7, cities: ['Montréal', 'Québec'] },
  ],
  es: [
    {
      name: 'Spain',
      code: 'ES',
      mobile: ['+346', '+347'],
      digits: 8,
      cities: ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Bilbao'],
    },
    {
      name: 'Mexico',
      code: 'MX',
      mobile: ['+5255', '+5233', '+5281'],
      digits: 8,
      cities: ['Ciudad de México', 'Guadalajara', 'Monterrey'],
    },
    { name: 'Argentina', code: 'AR', mobile: ['+54911'], digits: 8, cities: ['Buenos Aires'] },
  ],
  pt: [
    {
      name: 'Brazil',
      code: 'BR',
      mobile: ['+55119', '+55219', '+55319', '+55419'],
      digits: 8,
      cities: ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Curitiba'],
    },
    {
      name: 'Portugal',
      code: 'PT',
      mobile: ['+35191', '+35193', '+35196'],
      digits: 7,
      cities: ['Lisboa', 'Porto', 'Braga'],
    },
  ],
};

/** Share of contacts per language (English first). */
export const LANGUAGE_WEIGHTS: { weight: number; value: Language }[] = [
  { weight: 50, value: 'en' },
  { weight: 14, value: 'de' },
  { weight: 12, value: 'fr' },
  { weight: 12, value: 'es' },
  { weight: 12, value: 'pt' },
];

/** Subscription plans and browsers, for placeholders and widget conversation attributes. */
export const PLANS = ['Starter', 'Pro', 'Business'];
export const BROWSERS = [
  { browser_name: 'Chrome', browser_version: '131.0.0.0', platform_name: 'Windows', platform_version: '10' },
  { browser_name: 'Safari', browser_version: '17.5', platform_name: 'macOS', platform_version: '14.5' },
  { browser_name: 'Firefox', browser_version: '133.0', platform_name: 'Linux', platform_version: '' },
  { browser_name: 'Chrome', browser_version: '131.0.0.0', platform_name: 'Android', platform_version: '14' },
  { browser_name: 'Mobile Safari', browser_version: '17.5', platform_name: 'iOS', platform_version: '17.5' },
];
