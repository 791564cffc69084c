"""Key-figure cards: the territory's figure, the national one beside it, and a scenario's change."""
from qgis.PyQt.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from ..indicators.key_figures import CARDS, card_label, card_text


class FigureCards(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels = {}
        for row, card in enumerate(CARDS):
            frame = QFrame(self)
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QGridLayout(frame)
            inner.setContentsMargins(6, 3, 6, 3)
            inner.setVerticalSpacing(1)
            title = QLabel(card_label(card), frame)
            value = QLabel("–", frame)
            value.setStyleSheet("font-weight: bold; font-size: 12pt")
            national = QLabel("", frame)
            national.setStyleSheet("color: #666")
            change = QLabel("", frame)
            change.setStyleSheet("color: #c0392b; font-weight: bold")
            inner.addWidget(title, 0, 0)
            inner.addWidget(national, 0, 1)
            inner.addWidget(value, 1, 0)
            inner.addWidget(change, 1, 1)
            layout.addWidget(frame, row, 0)
            self.labels[card] = (value, national, change)

    def show_cards(self, cards: dict, what_if: dict = None, changes: dict = None) -> None:
        for card in CARDS:
            value, national, change = self.labels[card]
            main, beside = card_text(card, (what_if or cards)[card])
            value.setText(main)
            national.setText(beside)
            change.setText(changes[card]["text"] if changes else "")

    def texts(self) -> dict:
        """{card: (value, national, change)} as shown, for tests and screenshots."""
        return {card: tuple(label.text() for label in labels) for card, labels in self.labels.items()}
