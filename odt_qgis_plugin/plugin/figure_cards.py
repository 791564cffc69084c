"""Key-figure cards: the territory's figure, the national one beside it, and a scenario's change."""
from qgis.PyQt.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from ..indicators.key_figures import CARDS, card_label, card_text


class FigureCards(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels = {}
        self.titles = {}
        for row, card in enumerate(CARDS):
            frame = QFrame(self)
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QGridLayout(frame)
            inner.setContentsMargins(6, 3, 6, 3)
            inner.setVerticalSpacing(1)
            title = QLabel(card_label(card), frame)
            title.setWordWrap(True)
            value = QLabel("–", frame)
            value.setStyleSheet("font-weight: bold; font-size: 12pt")
            national = QLabel("", frame)
            national.setStyleSheet("color: #666")
            change = QLabel("", frame)
            change.setStyleSheet("color: #c0392b; font-weight: bold")
            change.setWordWrap(True)
            national.setWordWrap(True)
            inner.addWidget(title, 0, 0)
            inner.addWidget(value, 1, 0)
            inner.addWidget(national, 2, 0)
            inner.addWidget(change, 3, 0)
            layout.addWidget(frame, row, 0)
            self.labels[card] = (value, national, change)
            self.titles[card] = title

    def show_cards(self, cards: dict, what_if: dict = None, changes: dict = None, national: bool = True) -> None:
        """`national`: show the national figure beside the territory's (not when the territory is France)."""
        for card in CARDS:
            value, national_label, change = self.labels[card]
            main, beside = card_text(card, (what_if or cards)[card])
            value.setText(main)
            national_label.setText(beside if national else "")
            national_label.setVisible(bool(national and beside))
            change.setText(changes[card]["text"] if changes else "")
            change.setVisible(bool(changes and changes[card]["text"]))
            self.titles[card].setText(card_label(card, cards[card].get("threshold")))

    def texts(self) -> dict:
        """{card: (value, national, change)} as shown, for tests and screenshots."""
        return {card: tuple(label.text() for label in labels) for card, labels in self.labels.items()}
