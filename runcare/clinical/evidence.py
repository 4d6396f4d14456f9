"""The evidence registry: every id a rule, exercise or lesson cites must resolve here.

Ids follow the project's evidence base (evidence.md §13). ``CK`` marks standard clinical
teaching that still needs checking against a primary source before release.
"""

SOURCES: dict[str, str] = {
    "S1": "Calf pain after running: stretches and tips (consumer PT article, 2023)",
    "S2": "Wells PS et al. Lancet 1997; NEJM 2003 (DVT clinical model)",
    "S3": "Two-level Wells score with D-dimer",
    "S3b": "IPD meta-analysis: negative D-dimer safe up to Wells 1",
    "S4": "NICE NG158 (2020) venous thromboembolism pathway",
    "S5": "Chiodo CP et al. AAOS guideline, acute Achilles rupture. JAAOS 2010",
    "S6": "Achilles rupture missed at first presentation (~20-25 %)",
    "S7": "Tennis leg (medial gastrocnemius tear) reviews",
    "S8": "Medial gastrocnemius tear with DVT: case reports and series",
    "S9": "Pedowitz criteria; Aweid O et al. CJSM 2012 (CECS)",
    "S9b": "Post-exercise compartment pressures in asymptomatic runners",
    "S10": "Fraipont MJ, Adamson GJ. JAAOS 2003 (CECS)",
    "S11": "Acute compartment syndrome clinical reviews (StatPearls)",
    "S12": "Popliteal artery entrapment syndrome reviews",
    "S13": "Kahanov L et al. Open Access J Sports Med 2015 (stress fractures)",
    "S14": "Tibial bone stress injury: high-risk anterior cortex",
    "S15": "Cellulitis: history, examination and red flags",
    "S16": "Ruptured Baker's cyst mimicking DVT",
    "S17": "Lumbosacral (S1) radiculopathy; cauda equina red flags",
    "S18": "Miller KC et al. J Athl Train 2022 (exercise-associated muscle cramps)",
    "S19": "DOMS time course; BAMIC grade 0b",
    "S20": "O'Connor FG 2008; Nye NS 2021 (exertional rhabdomyolysis)",
    "S21": "Three-grade clinical system for calf strains",
    "S22": "Pollock N et al. BJSM 2014 (BAMIC)",
    "S23": "Calf strain imaging and return-to-sport review",
    "S24": "Green B, Pizzari T. BJSM 2017 (calf strain risk factors)",
    "S25": "Green B et al. SJMSS 2020 (soleus vs gastrocnemius return times)",
    "S26": "Bayer ML et al. NEJM 2017 (early vs delayed rehabilitation)",
    "S27": "Dubois B, Esculier J-F. BJSM 2020 (PEACE & LOVE)",
    "S28": "Calf strain return-to-run criteria (Green; clinic summaries; Sports Med Open 2022)",
    "S29": "Calf and soleus stretch dosing examples",
    "S30": "Bennell K et al. 1998 (weight-bearing lunge test reliability)",
    "S31": "Hoch MC, McKeon PO. Man Ther 2011 (lunge test norms)",
    "S31b": "Weight-bearing lunge test norms in 400 women",
    "S32": "Rabin A et al. J Athl Train 2015 (dorsiflexion asymmetry)",
    "S33": "Hébert-Losier K et al. Physiotherapy 2017 (heel-rise norms)",
    "S33b": "Reference values for the bilateral heel-rise test",
    "S34": "Lunsford BR, Perry J. Phys Ther 1995 (heel-rise norms)",
    "S35": "Rio E et al. BJSM 2015 (isometric analgesia)",
    "S36": "O'Neill S et al. KSSTA 2019 (isometrics in Achilles tendinopathy)",
    "S37": "Alfredson H et al. AJSM 1998 (eccentric heel drops)",
    "S37b": "Fahlström M et al. KSSTA 2003 (eccentric training outcomes)",
    "S38": "Taddei UT et al. AJSM 2020 (foot-core training RCT)",
    "S39": "Matias AB et al. BMC Musculoskelet Disord 2016 (foot-core protocol)",
    "S40": "Silbernagel KG et al. AJSM 2007 (pain-monitoring model)",
    "S41": "Pain-monitoring model rules (clinical summaries)",
    "S41b": "Pain-monitoring model zones (secondary source)",
    "S42": "Farrar JT et al. Pain 2001 (NPRS clinically important change)",
    "S43": "Salaffi F et al. Eur J Pain 2004 (NPRS change)",
    "S44": "Abbott JH, Schmitt JS. JOSPT 2014 (PSFS and NPRS MIDs)",
    "S45": "Binkley JM et al. Phys Ther 1999 (LEFS)",
    "S45b": "Dingemans SA et al. Acta Orthop 2017 (LEFS norms)",
    "S46": "Robinson JM et al. BJSM 2001 (VISA-A)",
    "S47": "Thoomes E et al. Phys Ther 2024 (PSFS 2.0)",
    "S48": "Bailey JF et al. JMIR 2020 (digital MSK cohort, knee and back pain)",
    "S49": "Walk/run return-to-running progressions (clinical programs)",
    "S50": "Nielsen RO et al. JOSPT 2014 (weekly progression in novices)",
    "S50b": "Nielsen RO et al. IJSPT 2014 (BMI and first-week distance)",
    "S51": "Buist I et al. AJSM 2008 (graded training RCT)",
    "S52": "Frandsen JSB et al. BJSM 2025 (single-run spikes vs longest run)",
    "S53": "Gabbett TJ. BJSM 2016 (acute:chronic workload)",
    "S54": "Lolli L 2019; Windt J 2019; Williams S 2017 (ACWR variants)",
    "S55": "Impellizzeri FM et al. Sports Med 2021 (ACWR critique)",
    "S56": "van der Worp MP et al. PLoS One 2015 (running injury risk factors)",
    "S57": "Heiderscheit BC et al. MSSE 2011 (step-rate manipulation)",
    "S58": "Yamato TP et al. running-injury consensus definition",
    "S59": "NSAID medication guide (arthritis society)",
    "S60": "NSAID contraindication summaries (guideline-derived)",
    "S61": "ACE hydration guidance; ACSM/Sawka 2007 position stand",
    "S62": "Sweat-rate method (sports dietetics manual; NATA/CDC equation)",
    "CK": "Standard clinical teaching, to be verified against a primary source",
}


class UnknownEvidenceError(ValueError):
    """Raised when content cites an id the registry does not hold."""


def check_evidence(ids: tuple[str, ...]) -> tuple[str, ...]:
    """Return ``ids`` unchanged, or fail loudly: an unresolvable citation is a content bug."""
    missing = [source_id for source_id in ids if source_id not in SOURCES]
    if missing:
        raise UnknownEvidenceError(f"unknown evidence ids: {', '.join(missing)}")
    if not ids:
        raise UnknownEvidenceError("a clinical claim must cite at least one evidence id")
    return ids
