"""Phrases for the languages written in the Latin script, besides English.

Wording follows each language's newsroom habits rather than a word-for-word translation:
German "SPERRFRIST:", French "SOUS EMBARGO JUSQU’AU", Italian "- segue -", Swedish "kl.".
French puts a no-break space (U+00A0) before a colon, as French typography requires.
Where a phrase has to take a grammatical case the library cannot know (Polish "do" + the
genitive), it is worded with a colon instead, so any date fits after it.
"""

from __future__ import annotations

from pressrelease.locale.phrases import Phrases

NBSP = "\u00a0"

GERMAN = Phrases(
    immediate="ZUR SOFORTIGEN VERÖFFENTLICHUNG",
    embargoed_until="SPERRFRIST: {when}",
    do_not_publish="Nicht vor diesem Zeitpunkt veröffentlichen.",
    date_time="{date}, {time}",
    time_zone="{time} Uhr {zone}",
    page="Seite {number} von {total}",
    more="- Fortsetzung -",
    contact_heading="Kontakt {role}:",
    media_contact="Pressekontakt:",
    investor_contact="Investorenkontakt:",
    contacts="Kontakte",
    media_assets="Medienmaterial:",
    contents="Inhalt",
    press_release="Pressemitteilung",
    said="sagte",
    pack_intro=(
        "Dieses Paket enthält eine Pressemitteilung in allen Formaten, "
        "in denen wir sie veröffentlichen."
    ),
    pack_files="Dateien:",
    pack_guide="Diese Anleitung",
    pack_index="Maschinenlesbares Verzeichnis: Größen, SHA-256-Prüfsummen, Formate",
    pack_contacts="Kontakte:",
    pack_vcards="Kontakte als vCards",
)

FRENCH = Phrases(
    immediate="POUR DIFFUSION IMMÉDIATE",
    embargoed_until="SOUS EMBARGO JUSQU’AU {when}",
    do_not_publish="Ne pas publier avant cette date.",
    date_time="{date} à {time}",
    time_zone="{time} {zone}",
    page="Page {number} sur {total}",
    more="- suite -",
    contact_heading=f"Contact {{role}}{NBSP}:",
    media_contact=f"Contact presse{NBSP}:",
    investor_contact=f"Contact investisseurs{NBSP}:",
    contacts="Contacts",
    media_assets=f"Ressources médias{NBSP}:",
    contents="Sommaire",
    press_release="Communiqué de presse",
    said="a déclaré",
    pack_intro=(
        "Ce dossier contient un communiqué de presse dans tous les formats où nous le publions."
    ),
    pack_files=f"Fichiers{NBSP}:",
    pack_guide="Ce guide",
    pack_index=f"Index lisible par machine{NBSP}: tailles, sommes de contrôle SHA-256, formats",
    pack_contacts=f"Contacts{NBSP}:",
    pack_vcards="Contacts au format vCard",
)

SPANISH = Phrases(
    immediate="PARA PUBLICACIÓN INMEDIATA",
    embargoed_until="EMBARGADO HASTA EL {when}",
    do_not_publish="No publicar antes de esa fecha.",
    date_time="{date}, {time}",
    time_zone="{time} {zone}",
    page="Página {number} de {total}",
    more="- sigue -",
    contact_heading="Contacto de {role}:",
    media_contact="Contacto de prensa:",
    investor_contact="Contacto para inversores:",
    contacts="Contactos",
    media_assets="Recursos multimedia:",
    contents="Índice",
    press_release="Comunicado de prensa",
    said="declaró",
    pack_intro=(
        "Este paquete contiene un comunicado de prensa en todos los formatos en que lo publicamos."
    ),
    pack_files="Archivos:",
    pack_guide="Esta guía",
    pack_index="Índice legible por máquina: tamaños, sumas de verificación SHA-256, formatos",
    pack_contacts="Contactos:",
    pack_vcards="Contactos en formato vCard",
)

ITALIAN = Phrases(
    immediate="PER DIFFUSIONE IMMEDIATA",
    embargoed_until="EMBARGO FINO A {when}",
    do_not_publish="Non pubblicare prima di tale data.",
    date_time="{date}, ore {time}",
    time_zone="{time} {zone}",
    page="Pagina {number} di {total}",
    more="- segue -",
    contact_heading="Contatto {role}:",
    media_contact="Contatti stampa:",
    investor_contact="Contatti per gli investitori:",
    contacts="Contatti",
    media_assets="Materiali multimediali:",
    contents="Indice",
    press_release="Comunicato stampa",
    said="ha dichiarato",
    pack_intro=(
        "Questo pacchetto contiene un comunicato stampa in tutti i formati in cui lo pubblichiamo."
    ),
    pack_files="File:",
    pack_guide="Questa guida",
    pack_index="Indice leggibile dalle macchine: dimensioni, checksum SHA-256, formati",
    pack_contacts="Contatti:",
    pack_vcards="Contatti in formato vCard",
)

PORTUGUESE = Phrases(
    immediate="PARA DIVULGAÇÃO IMEDIATA",
    embargoed_until="SOB EMBARGO ATÉ {when}",
    do_not_publish="Não publicar antes desta data.",
    date_time="{date}, {time}",
    time_zone="{time} {zone}",
    page="Página {number} de {total}",
    more="- continua -",
    contact_heading="Contato – {role}:",
    media_contact="Contato para a imprensa:",
    investor_contact="Contato para investidores:",
    contacts="Contatos",
    media_assets="Recursos de mídia:",
    contents="Sumário",
    press_release="Comunicado de imprensa",
    said="afirmou",
    pack_intro=(
        "Este pacote contém um comunicado de imprensa em todos os formatos em que o publicamos."
    ),
    pack_files="Arquivos:",
    pack_guide="Este guia",
    pack_index="Índice legível por máquina: tamanhos, somas de verificação SHA-256, formatos",
    pack_contacts="Contatos:",
    pack_vcards="Contatos em formato vCard",
)

DUTCH = Phrases(
    immediate="VOOR ONMIDDELLIJKE PUBLICATIE",
    embargoed_until="EMBARGO TOT {when}",
    do_not_publish="Niet publiceren vóór dit tijdstip.",
    date_time="{date} om {time}",
    time_zone="{time} uur {zone}",
    page="Pagina {number} van {total}",
    more="- vervolg -",
    contact_heading="Contact {role}:",
    media_contact="Perscontact:",
    investor_contact="Contact voor beleggers:",
    contacts="Contactpersonen",
    media_assets="Beeldmateriaal:",
    contents="Inhoud",
    press_release="Persbericht",
    said="zegt",
    pack_intro="Dit pakket bevat één persbericht in alle formaten waarin wij het publiceren.",
    pack_files="Bestanden:",
    pack_guide="Deze handleiding",
    pack_index="Machineleesbare index: groottes, SHA-256-controlesommen, formaten",
    pack_contacts="Contactpersonen:",
    pack_vcards="Contactpersonen als vCards",
)

SWEDISH = Phrases(
    immediate="FÖR OMEDELBAR PUBLICERING",
    embargoed_until="EMBARGO TILL {when}",
    do_not_publish="Får inte publiceras före denna tidpunkt.",
    date_time="{date} kl. {time}",
    time_zone="{time} {zone}",
    page="Sida {number} av {total}",
    more="- forts. -",
    contact_heading="Kontakt {role}:",
    media_contact="Presskontakt:",
    investor_contact="Kontakt för investerare:",
    contacts="Kontakter",
    media_assets="Mediematerial:",
    contents="Innehåll",
    press_release="Pressmeddelande",
    said="säger",
    pack_intro=(
        "Det här paketet innehåller ett pressmeddelande i alla format som vi publicerar det i."
    ),
    pack_files="Filer:",
    pack_guide="Den här guiden",
    pack_index="Maskinläsbart register: storlekar, SHA-256-kontrollsummor, format",
    pack_contacts="Kontakter:",
    pack_vcards="Kontakter som vCard",
)

POLISH = Phrases(
    immediate="DO NATYCHMIASTOWEJ PUBLIKACJI",
    embargoed_until="EMBARGO: {when}",
    do_not_publish="Nie publikować przed tym terminem.",
    date_time="{date}, godz. {time}",
    time_zone="{time} {zone}",
    page="Strona {number} z {total}",
    more="- c.d.n. -",
    contact_heading="Kontakt – {role}:",
    media_contact="Kontakt dla mediów:",
    investor_contact="Kontakt dla inwestorów:",
    contacts="Kontakty",
    media_assets="Materiały multimedialne:",
    contents="Spis treści",
    press_release="Informacja prasowa",
    said="mówi",
    pack_intro=(
        "Ta paczka zawiera jedną informację prasową we wszystkich formatach, "
        "w których ją publikujemy."
    ),
    pack_files="Pliki:",
    pack_guide="Ten przewodnik",
    pack_index="Indeks do odczytu maszynowego: rozmiary, sumy kontrolne SHA-256, formaty",
    pack_contacts="Kontakty:",
    pack_vcards="Kontakty jako vCard",
)
