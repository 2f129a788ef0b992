def card_regions(image, ocr_words):
    raise NotImplementedError

def is_identity_card(ocr_words):
    return False
